/**
 * Mark styles for the page (light DOM): colour only, no box-model properties, so lines never
 * move. Every selector starts with an .xbzd- class; the page's own CSS is left alone.
 */
export const MARK_STYLE_ID = 'xbzd-highlight-style';

export const MARK_CSS = `
.xbzd-mark.xbzd-mark{color:inherit;font:inherit;background-color:transparent;border-radius:0;cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.xbzd-mark.xbzd-figure{background-color:rgba(255,214,102,.32);box-shadow:inset 0 -2px 0 rgba(212,150,20,.7)}
.xbzd-mark.xbzd-official{background-color:rgba(120,168,255,.2);box-shadow:inset 0 -2px 0 rgba(40,96,190,.55)}
.xbzd-mark.xbzd-mark:focus{outline:2px solid #1a73e8;outline-offset:1px}
.xbzd-mark.xbzd-mark:focus:not(:focus-visible){outline:none}
.xbzd-mark.xbzd-flash{animation:xbzd-flash .6s ease-in-out 3}
@keyframes xbzd-flash{50%{background-color:rgba(255,170,0,.75);box-shadow:inset 0 -2px 0 rgba(179,38,30,.9)}}
@media (prefers-reduced-motion:reduce){.xbzd-mark.xbzd-flash{animation:none;outline:2px solid #b3261e;outline-offset:1px}}
`;

/** Legend and card, inside the shadow root: the page's CSS cannot reach them, nor theirs the page. */
export const SHADOW_CSS = `
:host{all:initial}
.xbzd-ui{font:12px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f1d1b;--bg:#fff;--line:#e6e1da;--muted:#6b645d;--fig:rgba(255,214,102,.6);--fig-ink:#d49614;--off:rgba(120,168,255,.4);--off-ink:#2860be}
@media (prefers-color-scheme:dark){.xbzd-ui{color:#ece8e3;--bg:#262523;--line:#3a3835;--muted:#a39b92}}
.xbzd-legend{position:fixed;right:12px;bottom:12px;display:flex;align-items:center;gap:10px;padding:4px 6px 4px 10px;background:var(--bg);border:1px solid var(--line);border-radius:999px;box-shadow:0 1px 4px rgba(0,0,0,.12);opacity:.94}
.xbzd-legend[hidden],.xbzd-card[hidden],.xbzd-key[hidden]{display:none}
.xbzd-name{font-weight:600}
.xbzd-key{display:inline-flex;align-items:center;gap:4px}
.xbzd-swatch{display:inline-block;width:14px;height:10px;border-radius:2px}
.xbzd-swatch-figure{background:var(--fig);box-shadow:inset 0 -2px 0 var(--fig-ink)}
.xbzd-swatch-official{background:var(--off);box-shadow:inset 0 -2px 0 var(--off-ink)}
.xbzd-close{all:unset;cursor:pointer;width:18px;height:18px;line-height:18px;text-align:center;border-radius:50%;color:var(--muted)}
.xbzd-close:hover{background:var(--line)}
.xbzd-close:focus-visible{outline:2px solid #1a73e8}
.xbzd-card{position:fixed;top:0;left:0;max-width:300px;min-width:140px;padding:8px 10px;background:var(--bg);border:1px solid var(--line);border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.18);pointer-events:none}
.xbzd-card-figure{border-top:3px solid var(--fig-ink)}
.xbzd-card-official{border-top:3px solid var(--off-ink)}
.xbzd-heading{font-size:15px;font-weight:600;margin:0 0 4px}
.xbzd-rows{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}
.xbzd-rows dt{color:var(--muted)}
.xbzd-rows dd{margin:0;overflow-wrap:anywhere}
`;
