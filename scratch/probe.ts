import { allLocales } from '@faker-js/faker';
let first = 0, last = 0;
const fn = new Set<string>(), ln = new Set<string>();
const per: string[] = [];
for (const [code, def] of Object.entries(allLocales)) {
  const p = (def as { person?: { first_name?: unknown; last_name?: unknown } }).person;
  if (!p) continue;
  const flat = (v: unknown): string[] => Array.isArray(v) ? v.flat(3).filter((x): x is string => typeof x === 'string') : v && typeof v === 'object' ? Object.values(v).flatMap(flat) : [];
  const f = flat(p.first_name), l = flat(p.last_name);
  f.forEach((x) => fn.add(x)); l.forEach((x) => ln.add(x));
  per.push(`${code}:${f.length}/${l.length}`);
}
console.log(fn.size, ln.size); console.log(per.join(' '));
for (const w of ['Kari','Piotr','Amara','Mateus','Diego','Ayşe','Jean-Baptiste','Siti','Tarek','Yusuf','Chukwuemeka','Zsófia','Levente','Gabriela','Grace','Victoria','Santa','Will','Hope','Sala','Human','Signed','Closing','May','Green','Nguyen','Kim','Park','Sato','Zhao','Liu','Obi','Nyberg','Solbakken','Diallo','Haddad'].map(x=>x)) console.log(w, fn.has(w), ln.has(w));
