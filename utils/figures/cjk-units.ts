// What follows a Chinese or Japanese number: currency, percent, unit or counter (unit=surface,surface;...).
// Counters of people read as "people" like English counts; other counters keep the counter as written.
const TABLE =
  'CNY=元,人民币,元人民币,块,块钱;USD=美元,美金,ドル;EUR=欧元,ユーロ;JPY=日元,日圆,円;GBP=英镑,ポンド;HKD=港元,港币;' +
  'KRW=韩元,ウォン;RUB=卢布;TWD=新台币,台币;AUD=澳元;CAD=加元;CHF=瑞郎;percent=%,％;' +
  'percentage point=个百分点,個百分點,ポイント;kilometre=公里,千米,キロメートル,キロ;metre=米,メートル;' +
  'centimetre=厘米,センチ;millimetre=毫米;square metre=平方米;square kilometre=平方公里,平方キロ;hectare=公顷;mu=亩;' +
  'kilogram=公斤,千克,キログラム;gram=克,グラム;metric ton=吨,噸,トン;litre=升,リットル;kilowatt hour=千瓦时;' +
  'kilowatt=千瓦;megawatt=兆瓦;watt=瓦;celsius=摄氏度,℃;degree=度;year of age=岁,歳;year=年;' +
  'month=个月,個月,か月,ヶ月,カ月,个多月;day=天,日間;hour=小时,時間;minute=分钟;second=秒;week=周,週間;times=倍;' +
  'person-times=人次;people=人,名,位';
// Counters that count things: the unit is the counter as written.
const COUNTERS = '个個家间間辆輛台件项項座所架艘部只头頭户戸次场場篇款条條种種社本枚棟店校回例';

/** Unit surface → its name; the kind is the core's `kindOfUnit(name)` (a counter's is "count"). */
export const CJK_UNITS: Record<string, string> = {};
for (const entry of TABLE.split(';')) {
  const [name, surfaces] = entry.split('=') as [string, string];
  for (const s of surfaces.split(',')) CJK_UNITS[s] = name;
}
for (const c of COUNTERS) CJK_UNITS[c] ??= c;

/** Alternation of every unit above, longest first, for a regex. */
export const CJK_UNIT_SOURCE = Object.keys(CJK_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
