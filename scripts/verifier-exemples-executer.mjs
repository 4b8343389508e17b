// Runner of scripts/verifier-exemples.ts (a child process): imports each compiled example block in order,
// checks its `//=>` claims as they are reached, and writes the results as JSON.
// Usage (internal): node scripts/verifier-exemples-executer.mjs <manifest.json> <result.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

const [fichierManifeste, fichierResultat] = process.argv.slice(2);
const manifeste = JSON.parse(readFileSync(fichierManifeste, 'utf8'));
const motifs = new Map(manifeste.affirmations.map((a) => [a.id, a.affirmation]));
const etats = new Map(manifeste.affirmations.map((a) => [a.id, { id: a.id, atteinte: 0, echecs: [] }]));

const rendu = (v) => inspect(v, { depth: null, breakLength: 100, maxArrayLength: 50, maxStringLength: 600 });

/** Why `v` does not match the pattern `m`, or undefined when it does. `ou` is the path in the value. */
function ecart(m, v, ou = '') {
  const la = ou === '' ? '' : ` at ${ou}`;
  switch (m.t) {
    case 'tout':
      return undefined;
    case 'chaine': {
      if (typeof v !== 'string') return `expected a string${la}, got ${rendu(v)}`;
      if (!m.v.includes('…')) return v === m.v ? undefined : `expected ${rendu(m.v)}${la}, got ${rendu(v)}${difference(m.v, v)}`;
      const morceaux = m.v.split('…').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`^${morceaux.join('[\\s\\S]*')}$`).test(v) ? undefined : `expected ${rendu(m.v)} (… is any text)${la}, got ${rendu(v)}${differenceGlob(m.v, v)}`;
    }
    case 'nombre': {
      const attendu = typeof m.v === 'number' ? m.v : Number(m.v);
      if (typeof v !== 'number') return `expected the number ${attendu}${la}, got ${rendu(v)}${typeof v === 'string' ? ' (a string: quote it in the claim)' : ''}`;
      return v === attendu || (Number.isNaN(v) && Number.isNaN(attendu)) ? undefined : `expected ${attendu}${la}, got ${rendu(v)}`;
    }
    case 'bigint':
      return typeof v === 'bigint' && v === BigInt(m.v) ? undefined : `expected ${m.v}n${la}, got ${rendu(v)}`;
    case 'litteral':
      return v === m.v ? undefined : `expected ${m.v}${la}, got ${rendu(v)}`;
    case 'undefined':
      return v === undefined ? undefined : `expected undefined${la}, got ${rendu(v)}`;
    case 'tableau': {
      if (m.classe) {
        if (v?.constructor?.name !== m.classe) return `expected a ${m.classe}${la}, got ${rendu(v)}`;
        if (!Array.isArray(v) && !ArrayBuffer.isView(v)) return `expected an array-like ${m.classe}${la}, got ${rendu(v)}`;
        return ecartSequence(m.elements, Array.from(v), ou);
      }
      if (!Array.isArray(v)) return `expected an array${la}, got ${rendu(v)}`;
      return ecartSequence(m.elements, v, ou);
    }
    case 'objet': {
      if (m.classe && v?.constructor?.name !== m.classe) return `expected a ${m.classe}${la}, got ${rendu(v)}`;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return `expected an object${la}, got ${rendu(v)}`;
      for (const [cle, sous] of m.entrees) {
        if (!(cle in v)) return `missing key '${cle}'${la}`;
        const e = ecart(sous, v[cle], `${ou}.${cle}`);
        if (e) return e;
      }
      if (!m.ouvert) {
        const connues = new Set(m.entrees.map(([c]) => c));
        const autres = Object.keys(v).filter((c) => !connues.has(c));
        if (autres.length > 0) return `unexpected key(s) ${autres.map((c) => `'${c}'`).join(', ')}${la} (add them, or … to allow others)`;
      }
      return undefined;
    }
    default:
      return `unknown pattern ${m.t}`;
  }
}

const visible = (t) => [...t].map((c) => (/[\u00a0\u202f\u2009\u200b\t]/.test(c) ? `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>` : c)).join('');

/** Where two strings first differ, with invisible characters spelled out. */
function difference(attendu, reel) {
  let k = 0;
  while (k < attendu.length && attendu[k] === reel[k]) k++;
  return `\n  first difference at character ${k}: expected ${JSON.stringify(visible(attendu.slice(k, k + 30)))}, got ${JSON.stringify(visible(reel.slice(k, k + 30)))}`;
}

/** Which fixed part of a `…` pattern is not found. */
function differenceGlob(motif, reel) {
  const morceaux = motif.split('…');
  let pos = 0;
  for (let k = 0; k < morceaux.length; k++) {
    const m = morceaux[k];
    const trouve = k === 0 ? (reel.startsWith(m) ? 0 : -1) : reel.indexOf(m, pos);
    if (trouve < 0) return `\n  not found${k === 0 ? ' at the start' : ` after character ${pos}`}: ${JSON.stringify(visible(m))}`;
    pos = trouve + m.length;
  }
  return `\n  the text does not end with ${JSON.stringify(visible(morceaux.at(-1)))}`;
}

/** Matches array elements, `…` standing for any run of elements (possibly empty). */
function ecartSequence(motifsElements, valeurs, ou) {
  const la = ou ? ` at ${ou}` : '';
  if (!motifsElements.some((m) => m.t === 'tout')) {
    if (motifsElements.length !== valeurs.length) return `expected ${motifsElements.length} element(s)${la}, got ${valeurs.length}: ${rendu(valeurs)}`;
    for (let k = 0; k < valeurs.length; k++) {
      const e = ecart(motifsElements[k], valeurs[k], `${ou}[${k}]`);
      if (e) return e;
    }
    return undefined;
  }
  const essayer = (i, j) => {
    if (i === motifsElements.length) return j === valeurs.length ? undefined : `unexpected extra element(s)${la}: ${rendu(valeurs.slice(j))}`;
    if (motifsElements[i].t === 'tout') {
      let premier;
      for (let k = j; k <= valeurs.length; k++) {
        const e = essayer(i + 1, k);
        if (e === undefined) return undefined;
        premier ??= e;
      }
      return premier;
    }
    if (j >= valeurs.length) return `missing element(s)${la}: ${rendu(valeurs)}`;
    return ecart(motifsElements[i], valeurs[j], `${ou}[${j}]`) ?? essayer(i + 1, j + 1);
  };
  return essayer(0, 0);
}

function verifierValeurs(id, valeurs) {
  const m = motifs.get(id);
  const etat = etats.get(id);
  if (!m || !etat) return;
  etat.atteinte += 1;
  if (m.leve) {
    etat.echecs.push(`expected an exception, but the statement completed with ${rendu(valeurs[0])}`);
    return;
  }
  if (m.valeurs.length !== valeurs.length) {
    etat.echecs.push(`${m.valeurs.length} value(s) claimed for ${valeurs.length} printed: ${valeurs.map(rendu).join(' ')}`);
    return;
  }
  for (let k = 0; k < valeurs.length; k++) {
    const e = ecart(m.valeurs[k], valeurs[k]);
    // The whole value is shown when the difference is deep inside it.
    if (e) etat.echecs.push(`${e}${valeurs.length > 1 ? ` (value ${k + 1})` : ''}${/^(missing|unexpected|expected \S+ element)|( at [.[])/.test(e) ? `\n  actual: ${valeurs.map(rendu).join(' ')}` : ''}`);
  }
}

// Several claims for one statement: the n-th execution is checked against the n-th claim.
const passages = new Map();
function choisir(ids) {
  if (!Array.isArray(ids)) return ids;
  const n = passages.get(ids[0]) ?? 0;
  passages.set(ids[0], n + 1);
  if (n < ids.length) return ids[n];
  etats.get(ids.at(-1))?.echecs.push(`the statement ran ${n + 1} times, for ${ids.length} claims`);
  return undefined;
}

globalThis.__exemples = {
  valeurs(ids, ...valeurs) {
    const id = choisir(ids);
    if (id !== undefined) verifierValeurs(id, valeurs);
  },
  leve(ids, f) {
    const id = choisir(ids);
    const m = motifs.get(id);
    const etat = etats.get(id);
    let resultat;
    try {
      resultat = f();
    } catch (erreur) {
      if (!m || !etat) return;
      etat.atteinte += 1;
      const nom = erreur?.constructor?.name ?? erreur?.name;
      if (m.leve.nom && nom !== m.leve.nom && erreur?.name !== m.leve.nom) etat.echecs.push(`expected a ${m.leve.nom}, got ${rendu(erreur)}`);
      else if (m.valeurs[0]) {
        // The listed fields of the error are matched; it may have others.
        const motif = m.valeurs[0].t === 'objet' ? { ...m.valeurs[0], ouvert: true } : m.valeurs[0];
        const e = ecart(motif, erreur);
        if (e) etat.echecs.push(`${e}\n  actual: ${rendu({ name: erreur?.name, message: erreur?.message, ...erreur })}`);
      }
      return;
    }
    verifierValeurs(id, [resultat]);
  },
};

process.chdir(manifeste.cwd);
const methodes = ['log', 'info', 'warn', 'error', 'debug', 'table', 'dir'];
const originales = Object.fromEntries(methodes.map((k) => [k, console[k]]));
const resultats = [];
for (const bloc of manifeste.blocs) {
  let sortie = '';
  for (const k of methodes) console[k] = (...args) => void (sortie += `${args.map((a) => (typeof a === 'string' ? a : rendu(a))).join(' ')}\n`);
  const r = { index: bloc.index, sortie: '' };
  try {
    await import(pathToFileURL(bloc.js).href);
  } catch (erreur) {
    r.erreur = erreur instanceof Error ? `${erreur.name}${erreur.code ? ` ${erreur.code}` : ''}: ${erreur.message}` : rendu(erreur);
  }
  for (const k of methodes) console[k] = originales[k];
  r.sortie = sortie.length > 4000 ? sortie.slice(-4000) : sortie;
  resultats.push(r);
}
writeFileSync(fichierResultat, JSON.stringify({ blocs: resultats, affirmations: [...etats.values()] }));
