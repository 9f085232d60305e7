"""The digest page's stylesheet and Content-Security-Policy (inline: the page loads nothing)."""

STYLE = """
:root{color-scheme:light;--ink:#1d1f23;--muted:#5d6470;--rule:#d9dde3;--accent:#8a3b12;
--paper:#fdfcfa;--mark:#fff3c4;--sans:system-ui,-apple-system,"Segoe UI",Roboto,Arial,
"DejaVu Sans",sans-serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);
font:1.0625rem/1.6 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"DejaVu Serif",serif;
overflow-wrap:break-word}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
article+article{margin-top:3rem;padding-top:1.5rem;border-top:2px solid var(--rule)}
h1,h2,h3,h4,figcaption,.meta,.tag,.when,.cite,.weeks,.n{font-family:var(--sans)}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.25rem;line-height:1.3;margin:2.2rem 0 .6rem;padding-bottom:.25rem;
border-bottom:1px solid var(--rule)}
h3{font-size:1.05rem;margin:1.4rem 0 .2rem}
h4{font-size:1rem;margin:1.2rem 0 .2rem}
p{margin:.5rem 0}
ul,ol{padding-left:1.25rem}
li{margin:.35rem 0}
a{color:var(--accent)}
.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0}
.empty{color:var(--muted);font-style:italic}
.cite{font-size:.75em;text-decoration:none;white-space:nowrap}
.tag{display:inline-block;font-size:.72rem;line-height:1.4;letter-spacing:.03em;
color:var(--muted);border:1px solid var(--rule);border-radius:3px;padding:0 .35em;
vertical-align:.1em}
.role{color:var(--muted);font-style:italic;margin:0}
.evolution{font-size:.95rem}
.timeline{list-style:none;padding:0;border-left:2px solid var(--rule)}
.timeline li{padding-left:.9rem}
.when{display:block;font-size:.85rem;font-weight:600;color:var(--muted)}
.sides{font-size:.95rem}
figure{margin:1.2rem 0}
figcaption{font-size:.95rem;font-weight:600;margin-bottom:.3rem}
figure .note{font-family:var(--sans);font-size:.8rem;color:var(--muted)}
svg.chart{display:block;width:100%;height:auto;max-width:100%}
.weeks{list-style:none;padding:0;font-size:.8rem}
.weeks li{display:grid;grid-template-columns:5.5rem 1fr 2.5rem;gap:.5rem;align-items:center;
margin:.1rem 0}
.bar{background:var(--rule);height:.55rem;border-radius:2px}
.bar span{display:block;height:100%;background:var(--muted);border-radius:2px}
.sources{list-style:none;padding:0;font-size:.92rem}
.sources li{padding:.15rem .3rem;margin:.3rem -.3rem}
.sources li:target{background:var(--mark)}
.n{color:var(--muted);margin-right:.3em}
.url{overflow-wrap:anywhere;font-size:.85rem}
@media print{
body{background:#fff;font-size:11pt}
main{max-width:none;padding:0}
a{color:inherit}
h2,h3,figcaption{break-after:avoid}
figure,li,.weeks{break-inside:avoid}
.bar,.bar span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""
# Defence in depth: even if some text escaped escaping, this page runs no script
# and loads nothing from anywhere (only its own inline style).
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
