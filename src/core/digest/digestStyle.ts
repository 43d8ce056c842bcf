/**
 * The digest page's one style sheet: the system's light or dark colours (the editor's theme variables first, inside
 * VS Code), the Insights panel's chart classes, forced colours respected. Allowed by the page's CSP through its hash.
 */
export const DIGEST_STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--muted:#57606a;--border:#d0d7de;--link:#0550ae;--a:#0969da;--b:#bc4c00;--c:#1a7f37;--d:#8250df}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--border:#3d444d;--link:#79b8ff;--a:#4493f8;--b:#db6d28;--c:#3fb950;--d:#ab7df8}}
body{margin:0 auto;max-width:1100px;padding:16px 24px 48px;font:14px/1.5 var(--vscode-font-family,system-ui,sans-serif);color:var(--vscode-foreground,var(--fg));background:var(--vscode-editor-background,var(--bg))}
h1{font-size:1.6em;margin:8px 0}h2{font-size:1.3em;margin:28px 0 6px;border-bottom:1px solid var(--vscode-widget-border,var(--border))}h3{font-size:1.05em;margin:16px 0 4px}h4{margin:0;font-size:1em}
a{color:var(--vscode-textLink-foreground,var(--link))}
.hint,.meta,.summary{color:var(--vscode-descriptionForeground,var(--muted))}
.chart{margin:8px 0 16px;max-width:720px}.chart .summary{margin:2px 0 6px}
.chart-svg{width:100%;height:auto;display:block}.chart-svg:focus-visible{outline:2px solid var(--vscode-focusBorder,var(--a))}
.chart-svg text{fill:var(--vscode-descriptionForeground,var(--muted));font-size:11px}
.chart-svg .grid{stroke:var(--vscode-widget-border,var(--border));stroke-width:.5}
.fill-a{fill:var(--vscode-charts-blue,var(--a))}.fill-b{fill:var(--vscode-charts-orange,var(--b))}.fill-c{fill:var(--vscode-charts-green,var(--c))}.fill-d{fill:var(--vscode-charts-purple,var(--d))}
.line-a{stroke:var(--vscode-charts-blue,var(--a))}.line-b{stroke:var(--vscode-charts-orange,var(--b))}.line-c{stroke:var(--vscode-charts-green,var(--c))}.line-d{stroke:var(--vscode-charts-purple,var(--d))}
.soft{opacity:.25}.series{fill:none;stroke-width:2}.dash-b{stroke-dasharray:6 3}.dash-c{stroke-dasharray:2 3}.dash-d{stroke-dasharray:8 2 2 2}
.mark{stroke:var(--vscode-editor-background,var(--bg));stroke-width:1}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:4px 0 6px;font-size:.9em}.legend li{display:inline-flex;align-items:center;gap:6px}
.table-wrap{overflow-x:auto;margin:6px 0 10px}table{border-collapse:collapse;font-size:.92em}caption{text-align:left;font-weight:600;padding-bottom:4px}
th,td{border:1px solid var(--vscode-widget-border,var(--border));padding:3px 8px;text-align:left;vertical-align:top}
input[type=search]{font:inherit;padding:3px 6px;min-width:280px;color:inherit;background:var(--vscode-input-background,var(--bg));border:1px solid var(--vscode-input-border,var(--border))}
#lessons li[hidden]{display:none}
@media (forced-colors:active){.fill-a,.fill-b,.fill-c,.fill-d{fill:CanvasText}.line-a,.line-b,.line-c,.line-d{stroke:CanvasText}}
`;
