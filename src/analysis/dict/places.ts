/**
 * Place names as printed: Hunan's 14 市州 with their counties, districts and county-level cities,
 * China's provinces, countries and world regions, and Hunan's main rivers, lakes and mountains.
 */

/** Each 市州 (full name, short name) with its county-level units (full names). */
export const HUNAN_PREFECTURES: readonly (readonly [full: string, short: string, counties: string])[] = [
  ['长沙市', '长沙', '芙蓉区 天心区 岳麓区 开福区 雨花区 望城区 长沙县 浏阳市 宁乡市'],
  ['株洲市', '株洲', '荷塘区 芦淞区 石峰区 天元区 渌口区 攸县 茶陵县 炎陵县 醴陵市'],
  ['湘潭市', '湘潭', '雨湖区 岳塘区 湘潭县 湘乡市 韶山市'],
  ['衡阳市', '衡阳', '珠晖区 雁峰区 石鼓区 蒸湘区 南岳区 衡阳县 衡南县 衡山县 衡东县 祁东县 耒阳市 常宁市'],
  ['邵阳市', '邵阳', '双清区 大祥区 北塔区 新邵县 邵阳县 隆回县 洞口县 绥宁县 新宁县 城步苗族自治县 武冈市 邵东市'],
  ['岳阳市', '岳阳', '岳阳楼区 云溪区 君山区 岳阳县 华容县 湘阴县 平江县 汨罗市 临湘市'],
  ['常德市', '常德', '武陵区 鼎城区 安乡县 汉寿县 澧县 临澧县 桃源县 石门县 津市市'],
  ['张家界市', '张家界', '永定区 武陵源区 慈利县 桑植县'],
  ['益阳市', '益阳', '资阳区 赫山区 南县 桃江县 安化县 沅江市'],
  ['郴州市', '郴州', '北湖区 苏仙区 桂阳县 宜章县 永兴县 嘉禾县 临武县 汝城县 桂东县 安仁县 资兴市'],
  ['永州市', '永州', '零陵区 冷水滩区 东安县 双牌县 道县 江永县 宁远县 蓝山县 新田县 江华瑶族自治县 祁阳市'],
  ['怀化市', '怀化', '鹤城区 中方县 沅陵县 辰溪县 溆浦县 会同县 麻阳苗族自治县 新晃侗族自治县 芷江侗族自治县 靖州苗族侗族自治县 通道侗族自治县 洪江市'],
  ['娄底市', '娄底', '娄星区 双峰县 新化县 冷水江市 涟源市'],
  ['湘西土家族苗族自治州', '湘西州', '吉首市 泸溪县 凤凰县 花垣县 保靖县 古丈县 永顺县 龙山县'],
];

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

/** Other names of Hunan places and areas, as the paper prints them. */
export const HUNAN_OTHER: readonly string[] = [
  '湖南', '湖南省', '湘西', '湘南', '湘中', '湘东', '大湘西', '长株潭', '湘江新区', '湖南湘江新区', '洞庭湖', '湘江',
  '东洞庭湖', '南洞庭湖', '西洞庭湖', '资水',
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

export const COUNTRIES: readonly string[] = [
  '中国', '美国', '俄罗斯', '日本', '韩国', '朝鲜', '英国', '法国', '德国', '意大利', '西班牙', '葡萄牙', '荷兰',
  '比利时', '瑞士', '瑞典', '挪威', '芬兰', '丹麦', '波兰', '捷克', '匈牙利', '奥地利', '希腊', '土耳其', '乌克兰',
  '白俄罗斯', '塞尔维亚', '哈萨克斯坦', '乌兹别克斯坦', '吉尔吉斯斯坦', '塔吉克斯坦', '土库曼斯坦', '蒙古国',
  '印度', '巴基斯坦', '孟加拉国', '斯里兰卡', '尼泊尔', '越南', '老挝', '柬埔寨', '泰国', '缅甸', '马来西亚',
  '新加坡', '印度尼西亚', '印尼', '菲律宾', '文莱', '澳大利亚', '新西兰', '加拿大', '墨西哥', '巴西', '阿根廷',
  '智利', '秘鲁', '哥伦比亚', '委内瑞拉', '古巴', '厄瓜多尔', '埃及', '南非', '尼日利亚', '肯尼亚', '埃塞俄比亚',
  '坦桑尼亚', '赞比亚', '津巴布韦', '安哥拉', '刚果（金）', '刚果（布）', '阿尔及利亚', '摩洛哥', '突尼斯', '加纳',
  '乌干达', '卢旺达', '莫桑比克', '塞内加尔', '马达加斯加', '科特迪瓦', '喀麦隆', '马里', '贝宁', '多哥',
  '纳米比亚', '博茨瓦纳', '吉布提', '沙特阿拉伯', '沙特', '阿联酋', '伊朗', '伊拉克', '以色列', '卡塔尔',
  '科威特', '阿曼', '约旦', '叙利亚', '黎巴嫩', '巴勒斯坦', '阿富汗', '蒙古',
];

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
  const names = new Set<string>([...HUNAN_OTHER, ...PROVINCES, ...COUNTRIES, ...WORLD_REGIONS]);
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
