import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from './pdf-fonts';
import { BRL, dateFormat, numberFormat } from '../../text/locale-format';
import { planFigures, type PlanFigure } from './plan-figures';
import { planWeighting } from './plan-weighting';
import type { PlanView } from './types';
import { PROSPECT_STAGES } from './vocabulary';
import { PLAN_LABELS, type PlanLocale } from './workbook-labels';

/** A4 landscape, in points. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 40;
const INK = rgb(0.13, 0.15, 0.16);
const DIM = rgb(0.45, 0.47, 0.5);
const RED = rgb(0.79, 0.16, 0.16);
const BAR = rgb(0.13, 0.55, 0.9);

interface Writer {
  doc: PDFDocument;
  page: PDFPage;
  y: number;
  regular: PDFFont;
  bold: PDFFont;
}

function figureText(f: PlanFigure, locale: PlanLocale): string {
  if (f.value === null || f.value === '') return '–';
  if (typeof f.value === 'string') return f.value;
  if (f.kind === 'money') return numberFormat(locale, BRL).format(f.value);
  if (f.kind === 'area') return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(f.value)} m²`;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(f.value);
}

/** Greedy word wrap to `width` points. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes wrapped lines at x, moving down and onto a new page when the page is full. */
function paragraph(w: Writer, text: string, x: number, width: number, size: number, font: PDFFont, color = INK): void {
  for (const line of wrapText(text, font, size, width)) {
    if (w.y < MARGIN + size) {
      w.page = w.doc.addPage([WIDTH, HEIGHT]);
      w.y = HEIGHT - MARGIN;
    }
    w.page.drawText(line, { x, y: w.y - size, size, font, color });
    w.y -= size * 1.35;
  }
}

/** The pipeline by stage as vector bars, stage names below and counts above (text stays text). */
function drawStageChart(w: Writer, view: PlanView, locale: PlanLocale, x: number, top: number, width: number, height: number): void {
  const L = PLAN_LABELS[locale];
  w.page.drawText(L.chart, { x, y: top - 12, size: 11, font: w.bold, color: INK });
  const counts = PROSPECT_STAGES.map((s) => view.prospectTotals.byStage[s]);
  const max = Math.max(1, ...counts);
  const base = top - height + 28;
  const plot = height - 28 - 40;
  const slot = width / counts.length;
  const barWidth = Math.min(36, slot * 0.6);
  w.page.drawLine({ start: { x, y: base }, end: { x: x + width, y: base }, thickness: 0.6, color: DIM });
  PROSPECT_STAGES.forEach((stage, i) => {
    const count = counts[i] ?? 0;
    const cx = x + slot * i + slot / 2;
    const h = (count / max) * plot;
    if (h > 0) w.page.drawRectangle({ x: cx - barWidth / 2, y: base, width: barWidth, height: h, color: BAR });
    const value = String(count);
    w.page.drawText(value, { x: cx - w.bold.widthOfTextAtSize(value, 9) / 2, y: base + h + 3, size: 9, font: w.bold, color: INK });
    const name = L.stage[stage];
    const size = Math.min(8.5, (slot - 4) / Math.max(1, w.regular.widthOfTextAtSize(name, 1)));
    w.page.drawText(name, { x: cx - w.regular.widthOfTextAtSize(name, size) / 2, y: base - 12, size, font: w.regular, color: INK });
  });
}

/**
 * The plan summary for meetings as a real PDF (issue 11): district, period, goals and key figures,
 * the pipeline chart, the accepted target sectors with their rationale. Generated in the engine
 * (worker or Node), not printed from the screen, with its fonts embedded.
 */
/**
 * The sales criteria with their share of the weight, how the weights were set and, for AHP, the
 * judgement matrix (one row per criterion) so partners can see where the weights come from.
 */
function drawCriteria(w: Writer, view: PlanView, locale: PlanLocale, full: number): void {
  const L = PLAN_LABELS[locale];
  if (view.criteria.length === 0) return;
  const weighting = planWeighting(view, locale);
  const total = view.criteria.reduce((s, x) => s + x.weight, 0);
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const ratio = numberFormat(locale, { maximumFractionDigits: 2 });
  w.y -= 8;
  paragraph(w, L.sheets.criteria, MARGIN, full, 12, w.bold);
  for (const x of view.criteria) {
    paragraph(
      w,
      `${x.name}: ${total > 0 ? percent.format(x.weight / total) : '–'} · ${L.direction[x.direction]}`,
      MARGIN,
      full,
      10,
      w.regular,
    );
  }
  paragraph(w, `${L.weighting.title}: ${weighting.text}`, MARGIN, full, 10, w.bold);
  if (!weighting.matrix) return;
  // The matrix: the criterion name, then a_ij by column (columns numbered as the rows).
  const nameWidth = Math.min(260, Math.max(...view.criteria.map((x, i) => w.regular.widthOfTextAtSize(`${i + 1}. ${x.name}`, 9))) + 10);
  const cell = Math.min(60, (full - nameWidth) / weighting.matrix.length);
  const line = (texts: string[], font: PDFFont) => {
    if (w.y - 12 < MARGIN) {
      w.page = w.doc.addPage([WIDTH, HEIGHT]);
      w.y = HEIGHT - MARGIN;
    }
    texts.forEach((t, k) =>
      w.page.drawText(t, { x: k === 0 ? MARGIN : MARGIN + nameWidth + (k - 1) * cell, y: w.y - 9, size: 9, font, color: INK }),
    );
    w.y -= 12;
  };
  line(['', ...weighting.matrix.map((_, j) => String(j + 1))], w.bold);
  const fit = (text: string): string => {
    let t = text;
    while (t.length > 4 && w.regular.widthOfTextAtSize(t, 9) > nameWidth - 10) t = `${t.slice(0, -2)}…`;
    return t;
  };
  weighting.matrix.forEach((row, i) =>
    line([fit(`${i + 1}. ${view.criteria[i]?.name ?? ''}`), ...row.map((v) => ratio.format(v))], w.regular),
  );
}

export async function planPdf(view: PlanView, locale: PlanLocale, fonts: PdfFonts): Promise<Uint8Array> {
  const L = PLAN_LABELS[locale];
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const title = `${L.title} — ${view.site.name}`;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(`${view.site.code} ${view.plan.period}`);
  doc.setLanguage(locale);
  doc.setCreator('Arranjo');
  doc.setProducer('Arranjo');
  const created = new Date(`${view.today}T00:00:00Z`);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const w: Writer = {
    doc,
    page: doc.addPage([WIDTH, HEIGHT]),
    y: HEIGHT - MARGIN,
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: await doc.embedFont(fonts.bold, { subset: true }),
  };
  const full = WIDTH - 2 * MARGIN;
  paragraph(w, title, MARGIN, full, 18, w.bold);
  paragraph(
    w,
    `${view.site.municipalityName ?? ''}${view.site.municipalityName ? ' · ' : ''}${view.plan.period}`,
    MARGIN,
    full,
    11,
    w.regular,
    DIM,
  );
  if (view.plan.illustrative) paragraph(w, L.illustrative, MARGIN, full, 10, w.bold, RED);
  w.y -= 8;

  // Key figures on the left (labels, then values wrapped to at most 250 pt), the chart beside them.
  const top = w.y;
  const figures = planFigures(view, locale).map((f) => ({ label: f.label, text: figureText(f, locale) }));
  const labelWidth = Math.max(...figures.map((f) => w.bold.widthOfTextAtSize(f.label, 10))) + 14;
  const valueWidth = Math.min(250, Math.max(...figures.map((f) => w.regular.widthOfTextAtSize(f.text, 10))));
  for (const figure of figures) {
    w.page.drawText(figure.label, { x: MARGIN, y: w.y - 10, size: 10, font: w.bold, color: INK });
    for (const line of wrapText(figure.text, w.regular, 10, valueWidth)) {
      w.page.drawText(line, { x: MARGIN + labelWidth, y: w.y - 10, size: 10, font: w.regular, color: INK });
      w.y -= 13;
    }
    w.y -= 2;
  }
  const chartX = MARGIN + labelWidth + valueWidth + 30;
  drawStageChart(w, view, locale, chartX, top, WIDTH - MARGIN - chartX, 240);

  w.y -= 12;
  paragraph(w, PLAN_LABELS[locale].col.targetsAccepted ?? '', MARGIN, full, 12, w.bold);
  const accepted = view.targets.filter((t) => t.state === 'accepted');
  if (accepted.length === 0) paragraph(w, '–', MARGIN, full, 10, w.regular);
  for (const target of accepted) {
    paragraph(w, `${target.sectorCode} — ${target.sectorName}`, MARGIN, full, 10, w.bold);
    if (target.rationale) paragraph(w, target.rationale, MARGIN + 12, full - 12, 9, w.regular, DIM);
  }
  drawCriteria(w, view, locale, full);
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = `Arranjo · ${dateFormat(locale, { timeZone: 'UTC' }).format(created)} · ${i + 1}/${pages.length}`;
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: w.regular, color: DIM });
  });
  return doc.save({ useObjectStreams: false });
}
