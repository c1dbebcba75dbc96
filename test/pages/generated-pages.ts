// Hostile pages generated in memory for the robustness tests and the bench (issue 6): huge, empty, endless
// paragraphs, non-Latin scripts, right-to-left text and broken encodings.

const wrap = (body: string, head = '', lang = 'en', dir = 'ltr') =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Test page</title>${head}</head><body>${body}</body></html>`;

const article = (paragraphs: string[], lang = 'en', dir = 'ltr') =>
  wrap(`<article><h1>${paragraphs[0]!.slice(0, 60)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
    '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-01">', lang, dir);

const repeat = (sentences: string[], paragraphs: number, perParagraph: number) =>
  Array.from({ length: paragraphs }, (_, i) =>
    Array.from({ length: perParagraph }, (_, j) => sentences[(i * perParagraph + j) % sentences.length]).join(' '));

const RUSSIAN = [
  '«Мы не отступим», — заявил мэр Москвы Сергей Собянин журналистам во вторник.',
  'По словам министра финансов Антона Силуанова, бюджет будет утверждён до конца года.',
  'Эксперты считают, что решение повлияет на цены на жильё в столице.',
  '«Это очень важный шаг для всей страны», — сказала Мария Иванова, представитель правительства.',
];
const CHINESE = [
  '外交部发言人汪文斌在例行记者会上表示：“中方愿同各方一道努力。”',
  '据新华社报道，该项目预计将于明年完工，总投资超过一百亿元。',
  '专家认为，这一政策将对房地产市场产生深远影响。',
  '“我们对未来充满信心，”公司首席执行官李明说。',
];
const ARABIC = [
  'قال وزير الخارجية في مؤتمر صحفي يوم الثلاثاء: «نحن ملتزمون بالحوار».',
  'وأضاف المتحدث باسم الحكومة أن الميزانية ستقر قبل نهاية العام.',
  'ويرى خبراء أن القرار سيؤثر على أسعار المساكن في العاصمة.',
  '«هذه خطوة مهمة للبلاد بأسرها»، قالت مريم أحمد، ممثلة الحكومة.',
];
const ENGLISH = [
  '“We will not back down,” said Maria Gonzalez, the mayor of Springfield, on Tuesday.',
  'The council voted 7-2 to approve the budget, according to a statement from City Hall.',
  'John Smith, a spokesman for the union, said the deal was “a step in the right direction.”',
  'Critics argued that the plan would raise taxes on working families across the region.',
];

export interface GeneratedPage { name: string; html: string }

/** Every generated page, built lazily: the 5 MB one costs memory. */
export function generatedPages(): GeneratedPage[] {
  return [
    { name: 'empty string', html: '' },
    { name: 'empty body', html: wrap('') },
    { name: 'only whitespace and comments', html: wrap('   <!-- nothing -->  \n\n ') },
    { name: '5 MB article', html: article(repeat(ENGLISH, 12_000, 5)) },
    { name: '50,000 tiny paragraphs', html: wrap(Array.from({ length: 50_000 }, (_, i) => `<p>Line ${i}.</p>`).join('')) },
    // Past extract.ts's MAX_DEPTH (200) Lede refuses before Readability, whose cost grows with depth (39 s at 800 levels
    // under jsdom). jsdom's own parse still grows faster than linearly (about 1 s of CPU at 2,000 levels); a browser
    // has already parsed the page before Lede runs.
    { name: '2,000 nested divs', html: wrap(`${'<div>'.repeat(2000)}<p>${ENGLISH.join(' ')}</p>${'</div>'.repeat(2000)}`) },
    { name: '150 nested divs around an article', html: wrap(`${'<div>'.repeat(150)}<article>${repeat(ENGLISH, 8, 3).map((p) => `<p>${p}</p>`).join('')}</article>${'</div>'.repeat(150)}`) },
    { name: 'Russian article', html: article(repeat(RUSSIAN, 12, 3), 'ru') },
    { name: 'Chinese article', html: article(repeat(CHINESE, 12, 3), 'zh') },
    { name: 'Arabic article (right to left)', html: article(repeat(ARABIC, 12, 3), 'ar', 'rtl') },
    { name: 'mojibake (UTF-8 read as Windows-1252)', html: article(repeat(ENGLISH, 10, 3).map((p) => p.replace(/“/g, 'â€œ').replace(/”/g, 'â€\u009d').replace(/’/g, 'â€™'))) },
    { name: 'replacement characters and control bytes', html: article(repeat(ENGLISH, 10, 3).map((p, i) => `${p} \ufffd\ufffd \u0000\u0001\u0008 ${i % 2 ? '\ud800' : '\udfff'}`)) },
    { name: 'lying meta charset', html: article(repeat(ENGLISH, 10, 3)).replace('charset="utf-8"', 'charset="shift_jis"') },
    { name: 'byte-order mark and NUL characters', html: `\ufeff${article(repeat(ENGLISH, 10, 3))}\u0000\u0000` },
    { name: 'one 1 MB paragraph', html: article(['x'.repeat(1_000_000)]) },
  ];
}
