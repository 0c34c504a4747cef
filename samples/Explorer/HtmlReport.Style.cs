namespace Corpus.Explorer;

public static partial class HtmlReport
{
    /// <summary>
    /// The page's style sheet: one column up to 1200 px wide; below 720 px the tables become one card per row and the
    /// graphics keep a readable minimum width inside a horizontally scrolling box; in print, navigation is hidden,
    /// graphics fit the page and rows are not split across pages.
    /// </summary>
    private const string StyleSheet = """
:root { color-scheme: light; --fg: #1d232a; --muted: #5b6570; --line: #d9dee3; --soft: #f4f6f8; --accent: #1f4e79; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif; }
body > header, body > main, body > footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
body > header { padding-top: 16px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.75rem; line-height: 1.2; margin: .4em 0 .3em; }
h2 { font-size: 1.35rem; margin: 1.6em 0 .4em; padding-top: .4em; border-top: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.2em 0 .2em; }
h4 { font-size: .95rem; margin: .6em 0 .2em; color: var(--muted); }
p { margin: .4em 0 .8em; max-width: 75ch; }
a { color: var(--accent); }
.summary { font-size: 1.05rem; }
.muted { color: var(--muted); }
.id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .78rem; overflow-wrap: anywhere; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 1; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: .4em 0 1em; }
.legend, .legend ul { display: flex; flex-wrap: wrap; gap: 6px 16px; list-style: none; padding: 0; margin: .4em 0; font-size: .9rem; }
.legend { flex-direction: column; gap: 2px; }
.legend-network { flex-direction: row; gap: 6px 16px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
svg.swatch { display: inline-block; width: 14px; height: 14px; vertical-align: -2px; overflow: visible; flex: none; }
svg.swatch.wide { width: 30px; }
.kind { display: inline-flex; align-items: center; gap: 5px; }
.kind svg.swatch { width: 12px; height: 12px; }
.planned { display: inline-block; border: 1px dashed var(--muted); border-radius: 3px; padding: 0 4px; font-size: .8rem; }
.partner { margin-top: 1.2em; break-inside: avoid; }
.partner h3 { margin-bottom: 0; }
.counts { margin: 0 0 .3em; color: var(--muted); font-size: .9rem; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
.scroll-hint { display: none; font-size: .8rem; color: var(--muted); margin: 0; }
svg.timeline, svg.network { display: block; height: auto; font-family: inherit; }
svg.timeline { width: 100%; min-width: 640px; }
svg.network { max-width: 100%; min-width: 520px; margin: 0 auto; }
.band { fill: var(--soft); }
.grid { stroke: #d5dae0; stroke-width: 1; }
.tick, .baseline { stroke: #8a939c; stroke-width: 1; }
svg text { fill: var(--fg); }
text.year { font-size: 13px; text-anchor: middle; fill: #3f4850; }
text.month { font-size: 10px; text-anchor: middle; fill: var(--muted); }
text.label { font-size: 13px; }
.mark:hover text.label { font-weight: 600; }
.offaxis { border-left: 3px solid var(--line); padding: 0 0 0 12px; margin: .4em 0 0; }
.offaxis-list, ul.plain, ol.plain { list-style: none; padding: 0; margin: 0; }
.offaxis-list li { margin: .15em 0; }
.when { font-weight: 600; }
.edge-met { stroke: #2f3439; fill: none; stroke-opacity: .75; stroke-linecap: round; }
.edge-serves { stroke: #8f99a3; fill: none; stroke-width: 1.2; stroke-dasharray: 2 3; }
.edge-partners { stroke: #c3ceda; fill: none; stroke-opacity: .7; stroke-linecap: round; }
.node circle, .node rect { stroke: #fff; stroke-width: 1.5; }
text.node-label { font-size: 13px; }
.node-country text.node-label { font-weight: 700; }
.meetings { padding-left: 1.2em; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; color: var(--muted); padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 8px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--fg); white-space: nowrap; }
tbody th { font-weight: 600; }
tr:target { background: #fff7d6; }
table.engagements td[data-label="Evidence"] { width: 42%; }
blockquote { margin: 0 0 .5em; padding: 0 0 0 10px; border-left: 3px solid var(--line); }
blockquote footer { color: var(--muted); font-size: .85rem; margin-top: 2px; }
.url { overflow-wrap: anywhere; }
body > footer { border-top: 1px solid var(--line); margin-top: 2em; padding-bottom: 24px; color: var(--muted); font-size: .9rem; }
[hidden] { display: none !important; }
.js-only { display: none; }
html.js .js-only { display: inline; }
.out { display: none; }
svg .out { display: none; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: flex-end; margin: .2em 0 1em; padding: 10px 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.filters .f { display: flex; flex-direction: column; gap: 2px; font-size: .85rem; }
.filters label { font-weight: 600; color: var(--muted); }
.filters .f-wide { flex: 1 1 220px; }
.filters input, .filters select, .filters button, .pager button { font: inherit; font-size: .9rem; padding: 4px 6px; border: 1px solid #9aa4ad; border-radius: 4px; background: #fff; color: var(--fg); min-height: 32px; }
.filters button, .pager button { cursor: pointer; background: #fff; }
.f-result { flex: 1 1 100%; margin: 0; font-size: .85rem; color: var(--muted); }
:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
button.linklike { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; text-align: left; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; margin: .4em 0 .6em; padding: 0; }
.totals div { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; min-width: 110px; }
.totals dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.totals dd { margin: 0; font-size: 1.25rem; font-weight: 700; }
.ov-note { font-size: .85rem; color: var(--muted); margin: 0 0 .4em; max-width: none; }
.ov-grid { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 8px 24px; align-items: start; }
.ov-side h3 { margin: .2em 0 .3em; font-size: 1rem; }
.heat-wrap { overflow-x: auto; margin-bottom: .6em; }
table.heat { width: auto; border-collapse: separate; border-spacing: 1px; font-size: .72rem; }
table.heat caption { font-size: .85rem; padding: 0 0 2px; }
table.heat th, table.heat td { border: 0; padding: 0 3px; height: 20px; line-height: 20px; vertical-align: middle; }
table.heat tbody th { font-weight: 400; white-space: nowrap; max-width: 12em; overflow: hidden; text-overflow: ellipsis; font-size: .8rem; }
table.heat thead th { border: 0; font-weight: 400; color: var(--muted); vertical-align: bottom; }
table.heat th.bin { min-width: 20px; height: auto; padding: 0; }
table.heat th.bin span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; line-height: 1.1; padding: 2px 0; }
table.heat td { min-width: 20px; text-align: center; font-variant-numeric: tabular-nums; }
table.heat td.total { text-align: right; font-weight: 600; padding-left: 6px; }
table.heat td.undated { color: var(--muted); }
.h0 { background: #f1f3f5; }
.h1 { background: #d6e6f4; }
.h2 { background: #a9cce6; }
.h3 { background: #6baed6; }
.h4 { background: #2f7bbf; color: #fff; }
.h5 { background: #0b4a8b; color: #fff; }
ol.bars { list-style: none; padding: 0; margin: 0 0 .8em; font-size: .85rem; }
ol.bars li { display: grid; grid-template-columns: minmax(0, 1fr) 70px 36px; gap: 6px; align-items: center; }
.bar-name { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.bar { display: block; height: 10px; background: #f1f3f5; }
.bar span { display: block; height: 10px; background: var(--accent); }
.bar-n { text-align: right; font-variant-numeric: tabular-nums; }
.pager { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: .3em 0; }
.pager button:disabled { opacity: .5; cursor: default; }
details summary { cursor: pointer; color: var(--accent); }
details[open] summary { margin-bottom: .3em; }
g.node-country, g.node-official { cursor: pointer; }
g.chosen rect, g.chosen circle { stroke: #e69f00; stroke-width: 3; }
g[role="button"]:focus { outline: none; }
g[role="button"]:focus-visible rect, g[role="button"]:focus-visible circle { stroke: #1d232a; stroke-width: 4; }
g[role="button"]:focus-visible text { font-weight: 700; text-decoration: underline; }
svg.ego-network { display: block; max-width: 100%; height: auto; min-width: 600px; }
.ego { margin-top: 1em; }
@media screen and (max-width: 900px) {
  .ov-grid { grid-template-columns: minmax(0, 1fr); }
}
@media screen and (max-width: 720px) {
  body > header, body > main, body > footer { padding: 0 12px; }
  h1 { font-size: 1.4rem; }
  .totals div { min-width: 0; padding: 2px 8px; }
  .totals dd { font-size: 1rem; }
  svg.timeline { min-width: 720px; }
  svg.network { min-width: 620px; }
  .scroll-hint { display: block; }
  table.stack, table.stack tbody, table.stack tr, table.stack td, table.stack tbody th { display: block; width: 100%; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 12px; padding: 4px 8px; }
  table.stack td, table.stack tbody th { border: 0; padding: 4px 0; }
  table.stack td::before, table.stack tbody th::before { content: attr(data-label); display: block; font-size: .75rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
}
@media print {
  @page { margin: 14mm; }
  body { font-size: 10pt; }
  body > header, body > main, body > footer { max-width: none; padding: 0; }
  nav, .skip, .scroll-hint, .filters, .pager { display: none; }
  .scroll, .table-wrap { overflow: visible; }
  svg.timeline, svg.network { min-width: 0; }
  svg.network { max-width: 100%; max-height: 24cm; width: auto; }
  h2 { break-after: avoid; }
  .partner, tr, blockquote, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  tr:target { background: none; }
}

""";
}
