import type { MissingPolicy } from '../../analysis/mcda/missing';
import type { Method, Normalization } from '../../analysis/mcda/types';
import type { Locale } from '../../domain/locales';
import { formatDateTime } from '../../export/locale-date';
import type { ExclusionReason, RunWarning, ScenarioRun, WeightOrigin } from './types';
import { numberFormat } from '../../text/locale-format';

/** The words and formulas of the scenario workbook's methods sheet, in each language (symbols are language-neutral). */
type Text = Record<Locale, string>;

export const METHOD_NAMES: Record<Method, Text> = {
  wsm: { 'pt-BR': 'Soma ponderada (WSM)', en: 'Weighted sum (WSM)', es: 'Suma ponderada (WSM)' },
  topsis: { 'pt-BR': 'TOPSIS', en: 'TOPSIS', es: 'TOPSIS' },
  promethee2: { 'pt-BR': 'PROMETHEE II', en: 'PROMETHEE II', es: 'PROMETHEE II' },
  vikor: { 'pt-BR': 'VIKOR', en: 'VIKOR', es: 'VIKOR' },
};

export const NORMALIZATION_NAMES: Record<Normalization, Text> = {
  minmax: { 'pt-BR': 'mín-máx', en: 'min-max', es: 'mín-máx' },
  vector: { 'pt-BR': 'vetorial', en: 'vector', es: 'vectorial' },
  sum: { 'pt-BR': 'pela soma', en: 'sum', es: 'por la suma' },
  zscore: { 'pt-BR': 'escore z', en: 'z-score', es: 'puntuación z' },
  none: { 'pt-BR': 'nenhuma', en: 'none', es: 'ninguna' },
};

export const MISSING_POLICY_NAMES: Record<MissingPolicy, Text> = {
  exclude: { 'pt-BR': 'excluir a alternativa', en: 'exclude the alternative', es: 'excluir la alternativa' },
  mean: { 'pt-BR': 'imputar a média', en: 'impute the mean', es: 'imputar la media' },
  median: { 'pt-BR': 'imputar a mediana', en: 'impute the median', es: 'imputar la mediana' },
  worst: { 'pt-BR': 'imputar o pior valor', en: 'impute the worst value', es: 'imputar el peor valor' },
};

export const WEIGHT_ORIGIN_NAMES: Record<WeightOrigin, Text> = {
  direct: { 'pt-BR': 'diretos (informados)', en: 'direct (entered)', es: 'directos (ingresados)' },
  ahp: { 'pt-BR': 'AHP (comparação par a par)', en: 'AHP (pairwise comparison)', es: 'AHP (comparación por pares)' },
  entropy: { 'pt-BR': 'entropia', en: 'entropy', es: 'entropía' },
  critic: { 'pt-BR': 'CRITIC', en: 'CRITIC', es: 'CRITIC' },
};

export const CRITERION_SOURCE_NOTE: Text = {
  'pt-BR': '(s = setor IBGE 1–8; <code> = código do indicador; <period>/<year>/<y0>/<y1> = ano)',
  en: '(s = IBGE sector 1–8; <code> = indicator code; <period>/<year>/<y0>/<y1> = year)',
  es: '(s = sector IBGE 1–8; <code> = código del indicador; <period>/<year>/<y0>/<y1> = año)',
};

const WARNINGS: Record<Exclude<Locale, 'en'>, Record<RunWarning['code'], (p: Record<string, string>) => string>> = {
  'pt-BR': {
    'constant-criterion': (p) =>
      `O critério "${p.criterion}" tem o mesmo valor (${p.value}) para todas as alternativas ranqueadas: não as diferencia.`,
    'weights-sum': (p) => `Os pesos somam ${p.sum}, não 100 %: foram usados como importâncias relativas (cada um dividido pela soma).`,
    'top-n-reduced': (p) =>
      `Os ${p.requested} primeiros foram reduzidos aos ${p.used} primeiros: só ${p.ranked} alternativas foram ranqueadas.`,
    frozen: (p) => `Cenário congelado em ${p.at}: os valores são os daquele momento, não os dados atuais do espaço de trabalho.`,
    'ahp-inconsistent': (p) =>
      `Os julgamentos do AHP de onde vêm os pesos são inconsistentes (razão de consistência ${p.cr}, acima de ${p.threshold}): revise os julgamentos que os pesos mais contradizem (folha AHP).`,
  },
  es: {
    'constant-criterion': (p) =>
      `El criterio "${p.criterion}" tiene el mismo valor (${p.value}) para todas las alternativas clasificadas: no las diferencia.`,
    'weights-sum': (p) => `Los pesos suman ${p.sum}, no 100 %: se usaron como importancias relativas (cada uno dividido por la suma).`,
    'top-n-reduced': (p) =>
      `Los ${p.requested} primeros se redujeron a los ${p.used} primeros: solo ${p.ranked} alternativas fueron clasificadas.`,
    frozen: (p) => `Escenario congelado el ${p.at}: los valores son los de ese momento, no los datos actuales del espacio de trabajo.`,
    'ahp-inconsistent': (p) =>
      `Los juicios del AHP de los que vienen los pesos son inconsistentes (razón de consistencia ${p.cr}, por encima de ${p.threshold}): revise los juicios que los pesos más contradicen (hoja AHP).`,
  },
};

/** A run warning in the workbook's language (the engine's message is the English one). */
export function warningWorkbookText(w: RunWarning, criterionLabels: readonly string[], locale: Locale): string {
  if (locale === 'en') return w.message;
  const number = numberFormat(locale, { maximumFractionDigits: 4 });
  const p: Record<string, string> = {};
  for (const [k, v] of Object.entries(w.params)) p[k] = typeof v === 'number' ? number.format(v) : v;
  if (w.code === 'constant-criterion') p.criterion = criterionLabels[Number(w.params.criterion)] ?? p.criterion ?? '';
  if (w.code === 'frozen') p.at = formatDateTime(String(w.params.at), locale);
  return WARNINGS[locale][w.code](p);
}

type ReasonWords = { [K in ExclusionReason['kind']]: (p: { criterion: string; value: string; threshold: string }) => string };

const REASONS: Record<Locale, ReasonWords> = {
  'pt-BR': {
    missing: (p) => `sem valor de ${p.criterion}`,
    'below-min': (p) => `${p.criterion} é ${p.value}, abaixo do mínimo ${p.threshold}`,
    'above-max': (p) => `${p.criterion} é ${p.value}, acima do máximo ${p.threshold}`,
    'not-found': () => 'não existe mais no espaço de trabalho',
  },
  en: {
    missing: (p) => `no value for ${p.criterion}`,
    'below-min': (p) => `${p.criterion} is ${p.value}, below the minimum ${p.threshold}`,
    'above-max': (p) => `${p.criterion} is ${p.value}, above the maximum ${p.threshold}`,
    'not-found': () => 'no longer in the workspace',
  },
  es: {
    missing: (p) => `sin valor de ${p.criterion}`,
    'below-min': (p) => `${p.criterion} es ${p.value}, por debajo del mínimo ${p.threshold}`,
    'above-max': (p) => `${p.criterion} es ${p.value}, por encima del máximo ${p.threshold}`,
    'not-found': () => 'ya no está en el espacio de trabajo',
  },
};

/**
 * Why an alternative was left out, in the workbook's language ("IDHM é 0,6, abaixo do mínimo 0,7"):
 * the engine's messages are English ("IDHM is 0.6, not >= 0.7"), as the screen's are not.
 */
export function reasonWorkbookText(r: ExclusionReason, criterionLabels: readonly string[], locale: Locale): string {
  const number = numberFormat(locale, { maximumFractionDigits: 4 });
  const criterion = 'criterion' in r ? (criterionLabels[r.criterion] ?? String(r.criterion + 1)) : '';
  const value = 'value' in r ? number.format(r.value) : '';
  const threshold = 'threshold' in r ? number.format(r.threshold) : '';
  return REASONS[locale][r.kind]({ criterion, value, threshold });
}

const IMPUTED: Record<Locale, Record<'mean' | 'median' | 'worst', (n: string, one: boolean) => string>> = {
  'pt-BR': {
    mean: (n, one) => (one ? `média de ${n} valor conhecido` : `média dos ${n} valores conhecidos`),
    median: (n, one) => (one ? `mediana de ${n} valor conhecido` : `mediana dos ${n} valores conhecidos`),
    worst: (n, one) => (one ? `pior de ${n} valor conhecido` : `pior dos ${n} valores conhecidos`),
  },
  en: {
    mean: (n, one) => (one ? `mean of ${n} known value` : `mean of the ${n} known values`),
    median: (n, one) => (one ? `median of ${n} known value` : `median of the ${n} known values`),
    worst: (n, one) => (one ? `worst of ${n} known value` : `worst of the ${n} known values`),
  },
  es: {
    mean: (n, one) => (one ? `media de ${n} valor conocido` : `media de los ${n} valores conocidos`),
    median: (n, one) => (one ? `mediana de ${n} valor conocido` : `mediana de los ${n} valores conocidos`),
    worst: (n, one) => (one ? `peor de ${n} valor conocido` : `peor de los ${n} valores conocidos`),
  },
};

/** How an imputed value was made, in the workbook's language ("média dos 5 valores conhecidos"). */
export function imputedWorkbookText(i: ScenarioRun['imputed'][number], locale: Locale): string {
  if (i.policy === 'exclude') return i.rule;
  return IMPUTED[locale][i.policy](numberFormat(locale).format(i.known), i.known === 1);
}

export const SENSITIVITY_WORDS: Record<Locale, { draws: string; seed: string; spread: string }> = {
  'pt-BR': { draws: 'sorteios', seed: 'semente', spread: 'amplitude' },
  en: { draws: 'draws', seed: 'seed', spread: 'spread' },
  es: { draws: 'sorteos', seed: 'semilla', spread: 'amplitud' },
};

const FORMULAS_PT: [string, string][] = [
  [
    'Normalização',
    'mín-máx r = (x − mín)/(máx − mín), custo (máx − x)/(máx − mín); vetorial r = x/√Σx², custo 1 − r; pela soma r = x/Σx, custo 1 − r; ' +
      'escore z (x − média)/σ, custo −z. Um critério que não varia é normalizado para 0.',
  ],
  ['Soma ponderada (WSM)', 'S_i = Σ_j w_j r_ij, pesos w_j divididos por sua soma. Contribuição do critério j: w_j r_ij.'],
  [
    'TOPSIS (Hwang & Yoon 1981)',
    'v_ij = w_j r_ij; A⁺_j = máx_i v_ij, A⁻_j = mín_i v_ij; D±_i = √Σ_j (v_ij − A±_j)²; C_i = D⁻_i/(D⁺_i + D⁻_i). ' +
      'Contribuições: a parcela de cada critério em D⁺² (e em D⁻²).',
  ],
  [
    'PROMETHEE II (Brans & Vincke 1985)',
    'P_j(a,b) = F_j(g_j(a) − g_j(b)) com a função de preferência F_j (usual, forma U q, forma V p, níveis q p, linear q p, gaussiana s); ' +
      'π(a,b) = Σ_j w_j P_j(a,b); φ⁺(a) = Σ_b π(a,b)/(m−1), φ⁻(a) = Σ_b π(b,a)/(m−1); φ = φ⁺ − φ⁻. Contribuição: w_j φ_j(a).',
  ],
  [
    'VIKOR (Opricovic & Tzeng 2004)',
    'S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j), R_i = máx_j dos mesmos termos; Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*); ' +
      'posição 1 = menor Q. Contribuição: o termo de arrependimento de cada critério.',
  ],
  [
    'AHP (Saaty 1977, 1980)',
    'Pesos = autovetor principal da matriz de comparações A; CI = (λmax − n)/(n − 1); CR = CI/RI (índice aleatório de Saaty); CR ≤ 0,10 aceito. ' +
      'Valor sugerido de um julgamento: w_i/w_j.',
  ],
  [
    'Pesos objetivos',
    'Entropia: p_ij = x_ij/Σ_i x_ij, e_j = −Σ_i p_ij ln p_ij / ln m, w_j ∝ 1 − e_j. CRITIC (Diakoulaki et al. 1995): w_j ∝ σ_j Σ_k (1 − ρ_jk).',
  ],
  [
    'Intervalos de estabilidade dos pesos',
    'O peso do critério k passa a t, os demais mantêm suas proporções (w_j (1 − t)/(1 − w_k)); o intervalo é onde o conjunto dos N primeiros não muda ' +
      '(exato para WSM e PROMETHEE II, bisseção para TOPSIS e VIKOR; Mareschal 1988).',
  ],
  [
    'Aceitabilidade de posição por Monte Carlo',
    'Pesos sorteados como w_j × U[1 − amplitude, 1 + amplitude] e reescalados para somar 1 (ou uniformes no simplex); a parcela dos sorteios em que uma alternativa ' +
      'está entre as N primeiras (Lahdelma, Hokkanen & Salminen 1998, SMAA).',
  ],
  [
    'Correlação de postos e consenso',
    'ρ de Spearman (correlação de Pearson dos postos médios), τ-b de Kendall = (P − Q)/√((P + Q + Tx)(P + Q + Ty)); consenso por contagem de Borda ' +
      '(Σ_k (m − posição_k)) ou Copeland (maioria par a par).',
  ],
  ['Quociente locacional', 'QL_ij = (E_ij/E_j)/(E_i/E), referência = o estado do município. Hoover (1936); Balassa (1965).'],
];

const FORMULAS_ES: [string, string][] = [
  [
    'Normalización',
    'mín-máx r = (x − mín)/(máx − mín), costo (máx − x)/(máx − mín); vectorial r = x/√Σx², costo 1 − r; por la suma r = x/Σx, costo 1 − r; ' +
      'puntuación z (x − media)/σ, costo −z. Un criterio que no varía se normaliza a 0.',
  ],
  ['Suma ponderada (WSM)', 'S_i = Σ_j w_j r_ij, pesos w_j divididos por su suma. Contribución del criterio j: w_j r_ij.'],
  [
    'TOPSIS (Hwang & Yoon 1981)',
    'v_ij = w_j r_ij; A⁺_j = máx_i v_ij, A⁻_j = mín_i v_ij; D±_i = √Σ_j (v_ij − A±_j)²; C_i = D⁻_i/(D⁺_i + D⁻_i). ' +
      'Contribuciones: la parte de cada criterio en D⁺² (y en D⁻²).',
  ],
  [
    'PROMETHEE II (Brans & Vincke 1985)',
    'P_j(a,b) = F_j(g_j(a) − g_j(b)) con la función de preferencia F_j (usual, forma U q, forma V p, niveles q p, lineal q p, gaussiana s); ' +
      'π(a,b) = Σ_j w_j P_j(a,b); φ⁺(a) = Σ_b π(a,b)/(m−1), φ⁻(a) = Σ_b π(b,a)/(m−1); φ = φ⁺ − φ⁻. Contribución: w_j φ_j(a).',
  ],
  [
    'VIKOR (Opricovic & Tzeng 2004)',
    'S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j), R_i = máx_j de los mismos términos; Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*); ' +
      'posición 1 = menor Q. Contribución: el término de arrepentimiento de cada criterio.',
  ],
  [
    'AHP (Saaty 1977, 1980)',
    'Pesos = vector propio principal de la matriz de comparaciones A; CI = (λmax − n)/(n − 1); CR = CI/RI (índice aleatorio de Saaty); CR ≤ 0,10 aceptado. ' +
      'Valor sugerido de un juicio: w_i/w_j.',
  ],
  [
    'Pesos objetivos',
    'Entropía: p_ij = x_ij/Σ_i x_ij, e_j = −Σ_i p_ij ln p_ij / ln m, w_j ∝ 1 − e_j. CRITIC (Diakoulaki et al. 1995): w_j ∝ σ_j Σ_k (1 − ρ_jk).',
  ],
  [
    'Intervalos de estabilidad de los pesos',
    'El peso del criterio k pasa a t, los demás mantienen sus proporciones (w_j (1 − t)/(1 − w_k)); el intervalo es donde el conjunto de los N primeros no cambia ' +
      '(exacto para WSM y PROMETHEE II, bisección para TOPSIS y VIKOR; Mareschal 1988).',
  ],
  [
    'Aceptabilidad de posición por Monte Carlo',
    'Pesos sorteados como w_j × U[1 − amplitud, 1 + amplitud] y reescalados para sumar 1 (o uniformes en el símplex); la parte de los sorteos en que una alternativa ' +
      'está entre las N primeras (Lahdelma, Hokkanen & Salminen 1998, SMAA).',
  ],
  [
    'Correlación de rangos y consenso',
    'ρ de Spearman (correlación de Pearson de los rangos medios), τ-b de Kendall = (P − Q)/√((P + Q + Tx)(P + Q + Ty)); consenso por conteo de Borda ' +
      '(Σ_k (m − posición_k)) o Copeland (mayoría por pares).',
  ],
  ['Cociente de localización', 'CL_ij = (E_ij/E_j)/(E_i/E), referencia = el estado del municipio. Hoover (1936); Balassa (1965).'],
];

const FORMULAS_EN: [string, string][] = [
  [
    'Normalization',
    'min-max r = (x − min)/(max − min), cost (max − x)/(max − min); vector r = x/√Σx², cost 1 − r; sum r = x/Σx, cost 1 − r; ' +
      'z-score (x − mean)/σ, cost −z. A criterion that does not vary normalizes to 0.',
  ],
  ['Weighted sum (WSM)', 'S_i = Σ_j w_j r_ij, weights w_j divided by their sum. Contribution of criterion j: w_j r_ij.'],
  [
    'TOPSIS (Hwang & Yoon 1981)',
    'v_ij = w_j r_ij; A⁺_j = max_i v_ij, A⁻_j = min_i v_ij; D±_i = √Σ_j (v_ij − A±_j)²; C_i = D⁻_i/(D⁺_i + D⁻_i). ' +
      "Contributions: each criterion's share of D⁺² (and of D⁻²).",
  ],
  [
    'PROMETHEE II (Brans & Vincke 1985)',
    'P_j(a,b) = F_j(g_j(a) − g_j(b)) with the preference function F_j (usual, U-shape q, V-shape p, level q p, linear q p, Gaussian s); ' +
      'π(a,b) = Σ_j w_j P_j(a,b); φ⁺(a) = Σ_b π(a,b)/(m−1), φ⁻(a) = Σ_b π(b,a)/(m−1); φ = φ⁺ − φ⁻. Contribution: w_j φ_j(a).',
  ],
  [
    'VIKOR (Opricovic & Tzeng 2004)',
    'S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j), R_i = max_j of the same terms; Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*); ' +
      'rank 1 = lowest Q. Contribution: the regret term of each criterion.',
  ],
  [
    'AHP (Saaty 1977, 1980)',
    'Weights = principal eigenvector of the pairwise matrix A; CI = (λmax − n)/(n − 1); CR = CI/RI (Saaty’s random index); CR ≤ 0.10 accepted. ' +
      'Suggested value of a judgement: w_i/w_j.',
  ],
  [
    'Objective weights',
    'Entropy: p_ij = x_ij/Σ_i x_ij, e_j = −Σ_i p_ij ln p_ij / ln m, w_j ∝ 1 − e_j. CRITIC (Diakoulaki et al. 1995): w_j ∝ σ_j Σ_k (1 − ρ_jk).',
  ],
  [
    'Weight stability intervals',
    "Criterion k's weight moves to t, the others keep their proportions (w_j (1 − t)/(1 − w_k)); the interval is where the top-N set does not change " +
      '(exact for WSM and PROMETHEE II, bisection for TOPSIS and VIKOR; Mareschal 1988).',
  ],
  [
    'Monte Carlo rank acceptability',
    'Weights drawn as w_j × U[1 − spread, 1 + spread] rescaled to sum 1 (or uniformly on the simplex); the share of draws in which an alternative ' +
      'is in the top N (Lahdelma, Hokkanen & Salminen 1998, SMAA).',
  ],
  [
    'Rank correlation and consensus',
    'Spearman ρ (Pearson correlation of average ranks), Kendall τ-b = (P − Q)/√((P + Q + Tx)(P + Q + Ty)); consensus by Borda count ' +
      '(Σ_k (m − rank_k)) or Copeland (pairwise majority).',
  ],
  ['Location quotient', 'LQ_ij = (E_ij/E_j)/(E_i/E), reference = the state of the municipality. Hoover (1936); Balassa (1965).'],
];

/** Bibliographic references stay as published. */
export const REFERENCES =
  'Hwang & Yoon (1981) Multiple Attribute Decision Making, Springer. Brans & Vincke (1985) Management Science 31:647. ' +
  'Opricovic & Tzeng (2004) EJOR 156:445. Saaty (1977) J. Math. Psych. 15:234; Saaty (1980) The Analytic Hierarchy Process. ' +
  'Diakoulaki, Mavrotas & Papayannakis (1995) Computers & OR 22:763. Mareschal (1988) EJOR 33:54. ' +
  'Lahdelma, Hokkanen & Salminen (1998) EJOR 106:137. Spearman (1904); Kendall (1945); Borda (1781); Copeland (1951).';

export const FORMULAS: Record<Locale, [string, string][]> = { 'pt-BR': FORMULAS_PT, en: FORMULAS_EN, es: FORMULAS_ES };
