/**
 * The English vocabulary the deduplicator reasons with: which words only
 * frame a question ("What is", "Explain", "vs"), which are abbreviations,
 * which spellings are one compound, which words weigh less or more.
 *
 * Word lists, not code: extending coverage means adding a word here.
 * Every list is lowercase and matched against whole words.
 */

/**
 * Words that only frame a question: interrogatives, auxiliaries, pronouns,
 * articles, and the verbs and nouns of English question templates
 * ("Can you explain the concept of", "What's the purpose of", "X vs Y").
 * "Purpose", "benefit", "role" and "why ... need" are here because
 * "BatchNorm purpose?", "What are the benefits of batch normalisation?" and
 * "Explain batch normalization." ask for one answer. Comparison words
 * ("difference", "vs", "trade-off") are here because "Bias vs Variance?"
 * and "What is the bias-variance trade-off?" ask the same thing.
 */
export const TEMPLATE_WORDS: ReadonlySet<string> = new Set([
  // interrogatives, auxiliaries, pronouns, articles, prepositions
  'what', 'whats', 'which', 'who', 'whom', 'whose', 'how', 'why', 'when', 'where', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 's',
  'do', 'does', 'did', 'done', 'doing', 'can', 'could', 'would', 'should', 'shall', 'will', 'may', 'might', 'must',
  'has', 'have', 'had', 'having',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'one', 'ones',
  'this', 'that', 'these', 'those', 'there', 'here', 'such',
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'as', 'about',
  'over', 'than', 'then', 'so', 'if', 'and', 'or', 'but', 'also', 'both', 'either', 'each', 'any', 'some', 'all',
  'between', 'among', 'instead', 'rather', 'versus', 'vs', 'v', 'during', 'while', 'after', 'before', 'within',
  'through', 'via', 'per',
  // question-template verbs and nouns
  'explain', 'explaining', 'explained', 'describe', 'describing', 'define', 'defined', 'definition', 'definitions',
  'tell', 'say', 'discuss', 'elaborate', 'clarify', 'outline', 'summarize', 'summarise', 'talk', 'touch', 'let', 'lets',
  'please', 'briefly', 'brief', 'detail', 'details', 'detailed', 'simple', 'simply', 'terms', 'words',
  'mean', 'means', 'meant', 'meaning', 'concept', 'concepts', 'idea', 'ideas', 'notion', 'intuition', 'intuitive',
  'intuitively', 'understand', 'understanding', 'know', 'think', 'specifically', 'actually', 'really', 'exactly',
  'basically', 'generally', 'general', 'overview', 'basics', 'basic', 'fundamental', 'fundamentals',
  'purpose', 'purposes', 'role', 'roles', 'benefit', 'benefits', 'advantage', 'advantages', 'importance',
  'important', 'significance', 'powerful', 'useful', 'usefulness', 'helpful', 'effective', 'good', 'need', 'needed',
  'needs', 'necessary', 'use', 'uses', 'used', 'using', 'usage', 'work', 'works', 'working', 'worked', 'happen',
  'happens', 'prefer', 'preferred',
  'difference', 'differences', 'different', 'differ', 'differs', 'diff', 'distinguish', 'compare', 'compared',
  'comparing', 'comparison', 'contrast', 'tradeoff', 'tradeoffs', 'trade', 'off', 'relationship', 'relation',
  // coding-task verbs: the kind (coding / concept) already tells a task from a concept
  'implement', 'implementing', 'implementation', 'write', 'writing', 'code', 'coding', 'program',
  // sentence glue seen in notes
  'specific', 'main', 'common', 'commonly', 'typical', 'typically', 'traditional', 'conventional', 'classical',
  'certain', 'various', 'other', 'another', 'way', 'ways', 'thing', 'things', 'kind', 'sort',
  'give', 'show', 'ok', 'okay', 'yes', 'very', 'much', 'more', 'most', 'just', 'only',
  'like', 'etc', 'eg', 'ie', 'e', 'g', 'get', 'gets', 'got', 'make', 'makes', 'made', 'go', 'goes',
]);

/**
 * Fillers that make a wording less direct; counted when choosing the
 * clearest wording of a merged question, never used for matching.
 */
export const FILLER_PATTERNS: readonly RegExp[] = [
  /\bplease\b/i,
  /\b(could|can|would) you\b/i,
  /\btell me\b/i,
  /\blet'?s\b/i,
  /\bthe concept of\b/i,
  /\bspecifically\b/i,
  /\bactually\b/i,
  /\bin deep learning\b/i,
  /\bin machine learning\b/i,
];

/**
 * First words of a complete question or instruction. A wording that starts
 * with one of these (or is a Korean sentence with a question ending) is a
 * sentence; "Batch vs SGD?" and "BatchNorm purpose?" are fragments.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'what', "what's", 'whats', 'which', 'who', 'how', 'why', 'when', 'where', 'whether',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will', 'may', 'might',
  'explain', 'describe', 'define', 'compare', 'contrast', 'discuss', 'list', 'name', 'give', 'tell', 'outline',
  'implement', 'write', 'derive', 'prove', 'show', 'calculate', 'compute', 'design', 'summarize', 'summarise',
  'please', 'in', 'if', 'while', 'even', 'suppose', 'given', 'i', 'my', 'let', "let's",
]);

/**
 * Context phrases that only say where a question comes from: "in deep
 * learning", "in the context of machine learning", "(information theory)".
 * "What is Gradient Descent in deep learning?" asks what "Explain gradient
 * descent." asks. A field that is the subject ("How is deep learning
 * different from machine learning?") has no "in" before it and stays.
 */
const FIELDS = [
  'deep learning', 'machine learning', 'ml', 'dl', 'ai', 'artificial intelligence', 'neural networks?', 'nns?',
  'a neural network', 'ensemble learning', 'information theory', 'statistics', 'data science',
  'natural language processing', 'nlp', 'computer vision',
].join('|');
export const CONTEXT_PHRASE = new RegExp(
  `\\b(?:in|within)\\s+(?:the\\s+)?(?:(?:context|field|area)\\s+of\\s+)?(${FIELDS})(?:\\s+(?:models?|algorithms?|systems?))?\\b`,
  'g',
);

/**
 * Fields a field is applied to: "the role of deep learning in NLP" asks about that application, not
 * what deep learning is, so there the context phrase is the subject and stays (`FIELD_BEFORE`).
 */
export const APPLICATION_FIELD = /^(?:natural language processing|nlp|computer vision)$/;
/** Text that ends in a field's name: what comes before an application field's context phrase. */
export const FIELD_BEFORE = new RegExp(`\\b(?:${FIELDS})\\s*$`);
export const CONTEXT_PARENTHESIS = new RegExp(`\\(\\s*(?:${FIELDS})\\s*\\)`, 'g');

/**
 * Abbreviations and their expansions. Plurals ("CNNs", "GANs") are found by
 * dropping a final "s". "lr" is the learning rate here (the usual meaning in
 * DL notes), not logistic regression. Ambiguous ones ("cv", "gap") are left out.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gd', 'gradient descent'],
  ['sgd', 'stochastic gradient descent'],
  ['bgd', 'batch gradient descent'],
  ['mbgd', 'minibatch gradient descent'],
  ['nn', 'neural network'],
  ['ann', 'neural network'],
  ['dnn', 'deep neural network'],
  ['cnn', 'convolutional neural network'],
  ['convnet', 'convolutional neural network'],
  ['rnn', 'recurrent neural network'],
  ['lstm', 'long short term memory'],
  ['gru', 'gated recurrent unit'],
  ['gan', 'generative adversarial network'],
  ['vae', 'variational autoencoder'],
  ['mlp', 'multilayer perceptron'],
  ['lr', 'learning rate'],
  ['bn', 'batch normalization'],
  ['batchnorm', 'batch normalization'],
  ['layernorm', 'layer normalization'],
  ['ml', 'machine learning'],
  ['dl', 'deep learning'],
  ['ai', 'artificial intelligence'],
  ['nlp', 'natural language processing'],
  ['pca', 'principal component analysis'],
  ['svm', 'support vector machine'],
  ['knn', 'k nearest neighbor'],
  ['em', 'expectation maximization'],
  ['ema', 'exponential moving average'],
  ['mse', 'mean squared error'],
  ['mae', 'mean absolute error'],
  ['rmse', 'root mean squared error'],
  ['bce', 'binary crossentropy'],
  ['fc', 'fully connected'],
  ['mle', 'maximum likelihood estimation'],
  ['rl', 'reinforcement learning'],
  ['llm', 'large language model'],
  ['vit', 'vision transformer'],
  ['xgb', 'xgboost'],
  ['gbm', 'gradient boosting machine'],
  ['kl', 'kullback leibler'],
  ['bptt', 'backpropagation through time'],
  ['backprop', 'backpropagation'],
  ['relus', 'relu'],
]);

/**
 * Compounds written solid, hyphenated or spaced ("mini-batch", "mini batch",
 * "minibatch"): each becomes one word. Hyphenated words not listed here are
 * split ("bias-variance" -> "bias variance"); the similarity also pairs an
 * unlisted solid word with two adjacent words that spell it.
 */
export const COMPOUNDS: ReadonlySet<string> = new Set([
  'minibatch', 'minibatches', 'tradeoff', 'tradeoffs', 'backpropagation', 'backpropagate', 'dropout', 'dropouts',
  'overfitting', 'overfit', 'underfitting', 'underfit', 'hyperparameter', 'hyperparameters', 'pretraining',
  'pretrained', 'pretrain', 'finetuning', 'finetune', 'finetuned', 'dataset', 'datasets', 'multilayer',
  'selfattention', 'crossentropy', 'kmeans', 'knn', 'tsne', 'nonlinear', 'nonlinearity', 'nonlinearities',
  'autoencoder', 'autoencoders', 'softmax', 'feedforward', 'multihead', 'crossvalidation', 'minmax', 'logodds',
  'onehot', 'zeroshot', 'fewshot', 'selfsupervised', 'semisupervised', 'layernorm', 'batchnorm', 'groupnorm',
  'xgboost', 'adaboost', 'lightgbm', 'catboost', 'word2vec', 'seq2seq', 'rmsprop', 'adagrad', 'adamw',
]);

/**
 * Multi-word terms that name one idea, besides the expansions above; their
 * words weigh half (see tokens.ts).
 */
export const KNOWN_TERMS: readonly string[] = [
  'batch normalization', 'layer normalization', 'learning rate', 'loss function', 'cost function',
  'activation function', 'objective function', 'random forest', 'decision tree', 'transfer learning',
  'logistic regression', 'linear regression', 'early stopping', 'data augmentation', 'weight decay',
  'label smoothing', 'knowledge distillation', 'confusion matrix', 'vanishing gradient', 'exploding gradient',
  'hidden layer', 'gradient boosting', 'feature selection', 'feature engineering', 'cross validation',
  'attention mechanism', 'mixed precision', 'weight initialization', 'dimensionality reduction',
];

/** Spellings of one word that the stemmer keeps apart. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map([
  // "How do you handle overfitting?" = "How can overfitting be prevented?"
  ...['prevent', 'prevents', 'prevented', 'preventing', 'prevention', 'avoid', 'avoids', 'avoided', 'avoiding',
    'handle', 'handles', 'handled', 'handling', 'deal', 'deals', 'dealing', 'fix', 'fixes', 'fixing', 'combat',
    'mitigate', 'mitigates', 'mitigating', 'mitigation', 'tackle', 'tackling', 'overcome', 'overcoming', 'counter',
  ].map((w): [string, string] => [w, 'mitigate']),
  ...['choose', 'chooses', 'choosing', 'chose', 'chosen', 'select', 'selects', 'selecting', 'pick', 'picks',
    'picking',
  ].map((w): [string, string] => [w, 'choose']),
  ...['val', 'validation', 'validate', 'validating'].map((w): [string, string] => [w, 'valid']),
  ['neighbour', 'neighbor'], ['neighbours', 'neighbor'], ['neighbors', 'neighbor'],
  ['normalisation', 'normalization'], ['regularisation', 'regularization'],
]);

/**
 * Words that weigh half: they occur in many questions about different
 * things ("learning", "model", "network"), so sharing them proves little.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'learn', 'model', 'network', 'neural', 'data', 'train', 'function', 'process', 'system', 'task', 'framework', 'optim',
]);

/**
 * Category nouns weigh a quarter: "the backpropagation algorithm", "the
 * attention mechanism", "Adam optimizer", "the vanishing gradient problem"
 * ask what "backpropagation", "attention", "Adam", "vanishing gradients"
 * ask; alone ("What is an optimizer?") they still are the subject.
 * Matched as written, not stemmed ("optimization" is not a category noun).
 */
export const CATEGORY_WORDS: ReadonlySet<string> = new Set([
  'algorithm', 'algorithms', 'method', 'methods', 'technique', 'techniques', 'approach', 'approaches', 'mechanism',
  'mechanisms', 'procedure', 'procedures', 'strategy', 'strategies', 'architecture', 'architectures', 'optimizer',
  'optimizers', 'problem', 'problems', 'issue', 'issues',
]);

/**
 * Words that name a narrower facet of a topic: "Steps of perceptron",
 * "shortcomings of a single layer perceptron", "main components of a CNN".
 * They weigh double, so a facet question stays apart from the general one.
 */
export const FACET_WORDS: ReadonlySet<string> = new Set([
  'step', 'compon', 'part', 'type', 'limit', 'shortcom', 'disadvantag', 'drawback', 'weak', 'weakness',
  'exampl', 'formula', 'equat', 'deriv', 'proof', 'prove', 'variant', 'altern', 'histori', 'applic', 'assumpt',
  'pitfal', 'challeng', 'risk',
]);

/**
 * Keys that stand for several stems (Korean 정규화 is normalisation or
 * regularisation). `normreg` matches either; they do not match each other.
 */
export const AMBIGUOUS_KEYS: ReadonlyMap<string, readonly string[]> = new Map([['normreg', ['normal', 'regular']]]);

/** Which keys match which, both ways, derived from AMBIGUOUS_KEYS. */
export const EQUIVALENT_KEYS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const equivalent = new Map<string, Set<string>>();
  const link = (a: string, b: string) => equivalent.set(a, (equivalent.get(a) ?? new Set()).add(b));
  for (const [key, meanings] of AMBIGUOUS_KEYS) for (const meaning of meanings) (link(key, meaning), link(meaning, key));
  return equivalent;
})();
