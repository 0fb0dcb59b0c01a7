/**
 * Chinese surnames (single and compound), the check that keeps ordinary words
 * out of names: in 会长陈锡胜 the name starts with 陈; in 会长和监事长 the word
 * after the title does not start a name. The list holds about 300 common surnames;
 * characters that are surnames but far more often start a phrase right after a
 * title word (向 in 会长向大会…, 强 in 会长强调, 和, 为, 明, 连…) are left out on
 * purpose: a name outside the list is missed, never invented.
 */
const SINGLE =
  '缴丛别池皮王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于於蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施洪翟安颜倪牛温芦季俞章鲁葛伍申尤毕聂焦柳邢骆岳齐梅莫庄辛管祝左涂谷祁舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲游阳裴查屈鲍霍翁隋植柯阮闵冉辜饶刁瞿戚丘滕苑邬臧畅宫苟褚廉简娄奚穆郎邸冀姬屠郜晏栾郁蒙喻揭窦敖糜鄢仇艾巩练仲虞卞竺冼佟栗匡巫鞠桑荆谌银扬伏岑胥蔺酆湛禹缪仝佘阎蔚颉郗缑粟杭阚邝庹訾蒲邰蓟郦乔檀晁莘嵇闻钮郇宦綦茅逯鄂旷寇漆弘逄邴芮宁华景柏桂解柴车边房云习文包符党燕迟卓蓝宗康尚易荣常成平谯闾麦甘储凤贝戈古冷甯楚阙赖';
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '西门',
  '南宫',
  '独孤',
  '澹台',
  '呼延',
  '万俟',
  '闻人',
  '轩辕',
  '申屠',
  '太史',
  '钟离',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '赫连',
  '拓跋',
];
export const SURNAMES: ReadonlySet<string> = new Set(SINGLE);

/**
 * Rare surnames (回良玉, 净某) that start ordinary words too often to be read anywhere: a name with
 * one is read only right after a full position, where nothing but a name can stand, and only
 * when punctuation or what the person did follows it.
 */
export const RARE_SURNAMES: ReadonlySet<string> = new Set(
  '回净亓仉笪佴郏禚厍钭芈昝郄鄞麻经井单诸矫沃农商沙计劳米晋浦伊吉昌杲战满谈花司席祖宣释展宿籍叱咸渠裘修铁励',
);

/** The surname `name` starts with, or undefined. */
export function surnameOf(name: string): string | undefined {
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  if (compound && name.length > compound.length) return compound;
  return SURNAMES.has(name[0]!) ? name[0] : undefined;
}
