/** The on-disk cache of per-file results: see content-cache.ts. */
export { ContentCache, contentHash, JSON_VALUES, V8_VALUES, type ContentCacheOptions, type ValueCodec } from './content-cache.js';
export { cacheDirOf, cacheDirProblem, defaultCacheDir, CACHE_DIR_ENV } from './cache-dir.js';
export { versionKey, type CacheScope } from './version-key.js';
