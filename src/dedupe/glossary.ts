/**
 * A small bilingual glossary: Korean ML terms and question words mapped to
 * the English words the rest of the deduplicator understands. It is what
 * lets "드롭아웃이 과적합을 막는 이유는?" meet "Why does dropout prevent
 * overfitting?": 드롭아웃 -> dropout, 과적합 -> overfitting, 막는 -> prevent,
 * 이유 -> why (a template word).
 *
 * A space in a Korean term matches any spacing, including none
 * ("경사 하강법" matches "경사하강법"). Longer terms win over shorter ones
 * that start at the same place ("배치 정규화" before "배치").
 * 정규화 means normalisation or regularisation; it maps to `normreg`, a key
 * that matches either (see EQUIVALENT_KEYS).
 */
export const KOREAN_GLOSSARY: ReadonlyArray<readonly [korean: string, english: string]> = [
  // fields and model families
  ['딥 러닝', 'deep learning'], ['머신 러닝', 'machine learning'], ['기계 학습', 'machine learning'],
  ['인공 지능', 'artificial intelligence'], ['인공 신경망', 'neural network'], ['신경망', 'neural network'],
  ['심층 신경망', 'deep neural network'], ['합성곱 신경망', 'convolutional neural network'],
  ['컨볼루션 신경망', 'convolutional neural network'], ['순환 신경망', 'recurrent neural network'],
  ['생성적 적대 신경망', 'generative adversarial network'], ['오토 인코더', 'autoencoder'],
  ['트랜스포머', 'transformer'], ['퍼셉트론', 'perceptron'], ['다층 퍼셉트론', 'multilayer perceptron'],
  ['단층 퍼셉트론', 'single layer perceptron'], ['지도 학습', 'supervised learning'],
  ['비지도 학습', 'unsupervised learning'], ['자기 지도 학습', 'selfsupervised learning'],
  ['준지도 학습', 'semisupervised learning'], ['강화 학습', 'reinforcement learning'],
  ['전이 학습', 'transfer learning'], ['앙상블', 'ensemble'], ['배깅', 'bagging'], ['부스팅', 'boosting'],
  ['랜덤 포레스트', 'random forest'], ['결정 트리', 'decision tree'], ['의사 결정 나무', 'decision tree'],
  ['서포트 벡터 머신', 'support vector machine'], ['주성분 분석', 'principal component analysis'],
  ['로지스틱 회귀', 'logistic regression'], ['선형 회귀', 'linear regression'], ['회귀', 'regression'],
  ['분류', 'classification'], ['군집화', 'clustering'], ['클러스터링', 'clustering'],
  // optimisation and training
  ['확률적 경사 하강법', 'stochastic gradient descent'], ['미니 배치 경사 하강법', 'minibatch gradient descent'],
  ['배치 경사 하강법', 'batch gradient descent'], ['경사 하강법', 'gradient descent'],
  ['그래디언트 디센트', 'gradient descent'], ['미니 배치', 'minibatch'], ['배치 정규화', 'batch normalization'],
  ['레이어 정규화', 'layer normalization'], ['층 정규화', 'layer normalization'], ['배치', 'batch'],
  ['정규화', 'normreg'], ['규제', 'regularization'], ['표준화', 'standardization'], ['일반화', 'generalization'],
  ['과적합', 'overfitting'], ['오버 피팅', 'overfitting'], ['과대적합', 'overfitting'],
  ['과소 적합', 'underfitting'], ['언더 피팅', 'underfitting'], ['드롭 아웃', 'dropout'],
  ['조기 종료', 'early stopping'], ['데이터 증강', 'data augmentation'], ['가중치 초기화', 'weight initialization'],
  ['학습률', 'learning rate'], ['러닝 레이트', 'learning rate'], ['하이퍼 파라미터', 'hyperparameter'],
  ['초매개변수', 'hyperparameter'], ['파라미터', 'parameter'], ['매개 변수', 'parameter'],
  ['옵티마이저', 'optimizer'], ['최적화', 'optimization'], ['모멘텀', 'momentum'], ['역전파', 'backpropagation'],
  ['오차 역전파', 'backpropagation'], ['순전파', 'forward propagation'], ['기울기 소실', 'vanishing gradient'],
  ['그래디언트 소실', 'vanishing gradient'], ['기울기 폭주', 'exploding gradient'], ['기울기', 'gradient'],
  ['그래디언트', 'gradient'], ['미세 조정', 'finetuning'], ['파인 튜닝', 'finetuning'],
  ['사전 학습', 'pretraining'], ['학습', 'learning'], ['훈련', 'training'],
  // building blocks
  ['손실 함수', 'loss function'], ['비용 함수', 'cost function'], ['목적 함수', 'objective function'],
  ['활성화 함수', 'activation function'], ['활성 함수', 'activation function'], ['함수', 'function'],
  ['손실', 'loss'], ['비용', 'cost'], ['가중치', 'weight'], ['편향', 'bias'], ['분산', 'variance'],
  ['트레이드 오프', 'tradeoff'], ['어텐션', 'attention'], ['셀프 어텐션', 'selfattention'],
  ['자기 주의', 'selfattention'], ['주의 메커니즘', 'attention mechanism'], ['임베딩', 'embedding'],
  ['합성곱', 'convolution'], ['컨볼루션', 'convolution'], ['풀링', 'pooling'], ['은닉층', 'hidden layer'],
  ['입력층', 'input layer'], ['출력층', 'output layer'], ['레이어', 'layer'], ['뉴런', 'neuron'], ['노드', 'node'],
  ['엔트로피', 'entropy'], ['교차 엔트로피', 'crossentropy'], ['크로스 엔트로피', 'crossentropy'],
  ['소프트맥스', 'softmax'], ['시그모이드', 'sigmoid'], ['렐루', 'relu'], ['하이퍼볼릭 탄젠트', 'tanh'],
  ['정밀도', 'precision'], ['재현율', 'recall'], ['정확도', 'accuracy'], ['혼동 행렬', 'confusion matrix'],
  ['검증 데이터', 'validation data'], ['테스트 데이터', 'test data'], ['훈련 데이터', 'training data'],
  ['학습 데이터', 'training data'], ['검증', 'validation'], ['데이터 셋', 'dataset'], ['세트', 'set'], ['셋', 'set'],
  ['데이터', 'data'], ['모델', 'model'],
  ['특징', 'feature'], ['피처', 'feature'], ['차원 축소', 'dimensionality reduction'], ['예측', 'prediction'],
  ['불균형', 'imbalanced'], ['결측치', 'missing data'], ['방식', 'method'], ['방법', 'method'],
  ['기법', 'technique'], ['알고리즘', 'algorithm'], ['메커니즘', 'mechanism'], ['문제점', 'problems'], ['문제', 'problem'],
  // verbs that carry meaning
  ['막는', 'prevent'], ['막을', 'prevent'], ['막기', 'prevent'], ['막다', 'prevent'], ['막아', 'prevent'],
  ['막나요', 'prevent'], ['방지', 'prevent'], ['예방', 'prevent'], ['해결', 'handle'], ['선택', 'choose'],
  // question words and templates (English template words; dropped later)
  ['무엇', 'what'], ['뭔가요', 'what'], ['뭐예요', 'what'], ['어떻게', 'how'], ['왜', 'why'], ['이유', 'why'],
  ['언제', 'when'], ['어떤', 'which'], ['차이점', 'difference'], ['차이', 'difference'], ['비교', 'compare'],
  ['설명', 'explain'], ['개념', 'concept'], ['의미', 'meaning'], ['정의', 'definition'], ['역할', 'role'],
  ['목적', 'purpose'], ['장점', 'advantages'], ['필요', 'need'], ['사용', 'use'], ['중요', 'important'], ['작동 원리', 'works'],
  ['원리', 'works'], ['작동', 'works'], ['동작', 'works'],
  // facets
  ['장단점', 'pros and cons'], ['단점', 'disadvantages'], ['한계', 'limitations'], ['시간 복잡도', 'time complexity'],
  ['공간 복잡도', 'space complexity'], ['복잡도', 'complexity'], ['단계', 'steps'], ['구성 요소', 'components'],
  ['종류', 'types'], ['유형', 'types'], ['예시', 'examples'], ['수식', 'formula'], ['공식', 'formula'],
];
