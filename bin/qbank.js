#!/usr/bin/env -S node --max-semi-space-size=64
// The CLI is compiled from src/ into lib/ by `npm install` (the prepare script).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
