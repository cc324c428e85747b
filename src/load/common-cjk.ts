/**
 * The characters a note in each East Asian language is mostly made of, to tell which legacy
 * encoding reads its bytes: the same bytes decode without error as Korean (CP949), Chinese (GBK)
 * and often Japanese, but only the right reading is made of common characters. Chinese read as
 * CP949 is a scatter of rare Hangul and Hanja (`痂척角炅똑`); Korean read as GBK is the rarer half
 * of the common hanzi, in no frequent order.
 */

/** Frequent Hangul syllables: particles, endings, and the words of interview notes (each listed once). */
const COMMON_HANGUL =
  '이다는의에하고가을기지리사한로서도를자수정대어인아시나적게해습니보것전부주제상일동있라만구장으경' +
  '성들없여면우소요원무과야거러위내그국생공문중식선화안개비연회관분유때할했된되및등은와며데까말통마' +
  '저발히더모간미드트스터크프레함법학실용결방계점값왜뭐엇떻차설명입력출변합좋같많떤려특징단예번째음' +
  '델층망알즘류귀손최강편향산검증평표확재현율란죠';

/**
 * The most frequent simplified Chinese characters (the head of a modern frequency list), with those of the
 * words of machine-learning and programming interviews it lacks (模型, 函数, 拟合, 特征, 矩阵, 稀疏).
 */
const COMMON_HANZI =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发' +
  '后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开' +
  '但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并' +
  '物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先' +
  '海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才' +
  '结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书' +
  '非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领' +
  '共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转' +
  '夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际' +
  '约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧' +
  '标图念引历首局突专费号尽另周较注语仅考落随选列响虽推势参希古众构半节投某案维划致律足态护兴验责' +
  '够章音跟志底站例防族供效续施留讲型料终答紧绝察段依批群项故按围织害双境采举低友止细值仍网热助倒' +
  '育属限职速刻否状率独球般普创假久错承印试预谁益若哪微继送急素适初源食险待述习置负停层冷略范句异' +
  '激简判静退既积余检差协角占配修降阶审善读超免压养执副乱追帮优香控左右份背概块索款靠评版释景互付' +
  '慢换闻危核暗介坏讨良序升监临亮永味野架域括杂误减编测败散温困渐封缺尚移画班智固席遗康虑均销藏' +
  '损忽巨旧端探录附吸予顺输招脱补谓材灭逐笔词择寻博授载健旁借禁避抓逃束跳顶练迫篇遍础卷训私翻暴' +
  '握隐熟访弱典欲遭盘扩盖稳忘刺齐趣曲迎虚析透替途套毕唯轮库迹竞促延震弃缓潜售针络抵纯折混振染措' +
  '残培迷宽猛摆伸末硬操阻订彩抽纷沿违汇币献援译距裁偏符触课懂召罚巧侧冒债融惯享乘挂奖厚纵障讯涉' +
  '彻描患妙签仿倾牌陷闭播季尾仪偷宜繁伴缩聚径恰挑捕映裂隔启尖累暂估泛偿横拒孤衡零码梯爆炸模' +
  '函拟征归矩阵稀疏';

/** Hiragana and full-width katakana: Japanese writes its particles and endings in kana, so every sentence has some. */
const KANA = /[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe]/u;

const hangul = new Set(COMMON_HANGUL);
const hanzi = new Set(COMMON_HANZI);

export type CjkLanguage = 'korean' | 'chinese' | 'japanese';

/** Whether `char` is one of the characters `language` is mostly written in. */
export function isCommonIn(language: CjkLanguage, char: string): boolean {
  if (language === 'korean') return hangul.has(char);
  if (language === 'chinese') return hanzi.has(char);
  return KANA.test(char);
}
