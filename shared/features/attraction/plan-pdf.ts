import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from './pdf-fonts';
import { dateFormat, formatBrl, NUMERIC_DATE, numberFormat } from '../../text/locale-format';
import { planFigures, type PlanFigure } from './plan-figures';
import { planWeighting } from './plan-weighting';
import { sharedLotsNotice } from './shared-lots-notice';
import type { PlanView } from './types';
import { PROSPECT_STAGES } from './vocabulary';
import { PLAN_LABELS, type PlanLocale } from './workbook-labels';
import { planViewIn } from './plan-view-language';

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
  if (f.kind === 'money') return formatBrl(f.value, locale);
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

/**
 * The page after the writer's: the next one already made (the other column may have got there
 * first) or a new one. Each column of the summary flows down its own x across pages.
 */
function nextPage(w: Writer): void {
  const pages = w.doc.getPages();
  w.page = pages[pages.indexOf(w.page) + 1] ?? w.doc.addPage([WIDTH, HEIGHT]);
  w.y = HEIGHT - MARGIN;
}

/** Writes wrapped lines at x, moving down and onto the next page when the page is full. */
function paragraph(w: Writer, text: string, x: number, width: number, size: number, font: PDFFont, color = INK): void {
  for (const line of wrapText(text, font, size, width)) {
    if (w.y < MARGIN + size) nextPage(w);
    w.page.drawText(line, { x, y: w.y - size, size, font, color });
    w.y -= size * 1.35;
  }
}

/** `text` cut with "…" to `width` points. */
function fitText(text: string, font: PDFFont, size: number, width: number): string {
  let t = text;
  while (t.length > 4 && font.widthOfTextAtSize(t, size) > width) t = `${t.slice(0, -2)}…`;
  return t;
}

const STAGE_ROW = 22;

/**
 * The pipeline by stage as horizontal vector bars: each stage's name whole on its left at a
 * readable size (Prospecção, Negociación), its count at the bar's end (text stays text).
 * Returns the y below the chart.
 */
function drawStageChart(w: Writer, view: PlanView, locale: PlanLocale, x: number, top: number, width: number): number {
  const L = PLAN_LABELS[locale];
  w.page.drawText(L.chart, { x, y: top - 12, size: 11, font: w.bold, color: INK });
  const counts = PROSPECT_STAGES.map((s) => view.prospectTotals.byStage[s]);
  const max = Math.max(1, ...counts);
  const nameWidth = Math.min(width * 0.45, Math.max(...PROSPECT_STAGES.map((s) => w.regular.widthOfTextAtSize(L.stage[s], 9))) + 8);
  const axis = x + nameWidth;
  const plot = width - nameWidth - 24;
  const first = top - 24;
  PROSPECT_STAGES.forEach((stage, i) => {
    const count = counts[i] ?? 0;
    const rowTop = first - i * STAGE_ROW;
    w.page.drawText(fitText(L.stage[stage], w.regular, 9, nameWidth - 8), { x, y: rowTop - 13, size: 9, font: w.regular, color: INK });
    const length = (count / max) * plot;
    if (length > 0) w.page.drawRectangle({ x: axis, y: rowTop - 16, width: length, height: 14, color: BAR });
    w.page.drawText(String(count), { x: axis + length + 4, y: rowTop - 13, size: 9, font: w.bold, color: INK });
  });
  const bottom = first - PROSPECT_STAGES.length * STAGE_ROW;
  w.page.drawLine({ start: { x: axis, y: first }, end: { x: axis, y: bottom + 2 }, thickness: 0.6, color: DIM });
  return bottom - 6;
}

/**
 * The sales criteria with their share of the weight, the method, how the weights were set and, for
 * AHP, the judgement matrix (one row per criterion) so partners can see where the weights come from.
 * Written in a column `width` points wide at `x`, from the writer's y; `about` are the plan's
 * figures on its criteria (planFigures' `criteria`).
 */
function drawCriteria(w: Writer, view: PlanView, locale: PlanLocale, about: readonly PlanFigure[], x: number, width: number): void {
  const L = PLAN_LABELS[locale];
  if (view.criteria.length === 0) return;
  const weighting = planWeighting(view, locale);
  const total = view.criteria.reduce((s, c) => s + c.weight, 0);
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const ratio = numberFormat(locale, { maximumFractionDigits: 2 });
  w.y -= 8;
  paragraph(w, L.sheets.criteria, x, width, 12, w.bold);
  for (const c of view.criteria) {
    paragraph(w, `${c.name}: ${total > 0 ? percent.format(c.weight / total) : '–'} · ${L.direction[c.direction]}`, x, width, 10, w.regular);
  }
  for (const figure of about) paragraph(w, `${figure.label}: ${figureText(figure, locale)}`, x, width, 10, w.bold);
  if (!weighting.matrix) return;
  // The matrix: the criterion name, then a_ij by column (columns numbered as the rows).
  const measured = Math.max(...view.criteria.map((c, i) => w.regular.widthOfTextAtSize(`${i + 1}. ${c.name}`, 9))) + 10;
  const nameWidth = Math.min(width * 0.45, measured);
  const cell = (width - nameWidth) / weighting.matrix.length;
  w.y -= 4;
  const line = (texts: string[], font: PDFFont) => {
    if (w.y - 12 < MARGIN) nextPage(w);
    texts.forEach((t, k) => w.page.drawText(t, { x: k === 0 ? x : x + nameWidth + (k - 1) * cell, y: w.y - 9, size: 9, font, color: INK }));
    w.y -= 12;
  };
  line(['', ...weighting.matrix.map((_, j) => String(j + 1))], w.bold);
  weighting.matrix.forEach((row, i) =>
    line(
      [fitText(`${i + 1}. ${view.criteria[i]?.name ?? ''}`, w.regular, 9, nameWidth - 10), ...row.map((v) => ratio.format(v))],
      w.regular,
    ),
  );
}

/**
 * The plan summary for meetings as a real PDF (issue 11): district, period, goals and key figures
 * with the accepted target sectors and their rationale on the left; the pipeline chart and the sales
 * criteria on the right. Generated in the engine (worker or Node), not printed from the screen, with
 * its fonts embedded. The demo plan fits one A4 page; a longer plan flows each column onto the next.
 */
export async function planPdf(stored: PlanView, locale: PlanLocale, fonts: PdfFonts): Promise<Uint8Array> {
  const view = planViewIn(stored, locale);
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
  // A lot two companies hold, as the plan's screen says it.
  const shared = sharedLotsNotice(view, locale);
  if (shared) paragraph(w, shared, MARGIN, full, 10, w.bold, RED);
  w.y -= 8;

  // Left column: key figures (labels, then values wrapped to at most 210 pt), then the target sectors.
  const top = w.y;
  const firstPage = w.page;
  const all = planFigures(view, locale);
  const figures = all.filter((f) => !f.criteria).map((f) => ({ label: f.label, text: figureText(f, locale) }));
  const labelWidth = Math.max(...figures.map((f) => w.bold.widthOfTextAtSize(f.label, 10))) + 14;
  const valueWidth = Math.min(210, Math.max(...figures.map((f) => w.regular.widthOfTextAtSize(f.text, 10))));
  const leftWidth = labelWidth + valueWidth;
  for (const figure of figures) {
    w.page.drawText(figure.label, { x: MARGIN, y: w.y - 10, size: 10, font: w.bold, color: INK });
    for (const line of wrapText(figure.text, w.regular, 10, valueWidth)) {
      w.page.drawText(line, { x: MARGIN + labelWidth, y: w.y - 10, size: 10, font: w.regular, color: INK });
      w.y -= 13;
    }
    w.y -= 2;
  }
  w.y -= 12;
  paragraph(w, L.col.targetsAccepted ?? '', MARGIN, leftWidth, 12, w.bold);
  const accepted = view.targets.filter((t) => t.state === 'accepted');
  if (accepted.length === 0) paragraph(w, '–', MARGIN, leftWidth, 10, w.regular);
  for (const target of accepted) {
    paragraph(w, `${target.sectorCode} — ${target.sectorName}`, MARGIN, leftWidth, 10, w.bold);
    if (target.rationale) paragraph(w, target.rationale, MARGIN + 12, leftWidth - 12, 9, w.regular, DIM);
  }

  // Right column, from the top of the first page: the pipeline chart, then the sales criteria.
  const rightX = MARGIN + leftWidth + 24;
  const rightWidth = WIDTH - MARGIN - rightX;
  w.page = firstPage;
  w.y = drawStageChart(w, view, locale, rightX, top, rightWidth);
  drawCriteria(
    w,
    view,
    locale,
    all.filter((f) => f.criteria),
    rightX,
    rightWidth,
  );
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = `Arranjo · ${dateFormat(locale, NUMERIC_DATE).format(created)} · ${i + 1}/${pages.length}`;
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: w.regular, color: DIM });
  });
  return doc.save({ useObjectStreams: false });
}
