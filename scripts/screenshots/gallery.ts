/** The screenshots' index.html: one section per group, each state's widths side by side. */

export interface Shot {
  group: string;
  caption: string;
  images: { width: number; file: string }[];
}

export interface Failure {
  scene: string;
  message: string;
}

/** Pictures are shown at this share of their size, so 390 and 1280 px compare at one scale. */
const SCALE = 0.4;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char);
const anchor = (group: string) => group.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function state({ caption, images }: Shot): string {
  const pictures = images.map(
    ({ width, file }) => `
      <a href="${escape(file)}"><img src="${escape(file)}" width="${Math.round(width * SCALE)}" loading="lazy" alt="${escape(`${caption}, ${width} px`)}"><span>${width} px</span></a>`,
  );
  return `
    <figure>
      <figcaption>${escape(caption)}</figcaption>
      <div class="pair">${pictures.join('')}
      </div>
    </figure>`;
}

export function galleryHtml(shots: Shot[], failures: Failure[], title: string): string {
  const groups = new Map<string, Shot[]>();
  for (const shot of shots) groups.set(shot.group, [...(groups.get(shot.group) ?? []), shot]);
  const nav = [...groups.keys()]
    .map((group) => `<a href="#${anchor(group)}">${escape(group)}</a>`)
    .join(' · ');
  const sections = [...groups].map(
    ([group, inGroup]) => `
  <section id="${anchor(group)}">
    <h2>${escape(group)}</h2>
    <div class="grid">${inGroup.map(state).join('')}
    </div>
  </section>`,
  );
  const failed = failures.length
    ? `<div class="failed"><h2>Not captured</h2><ul>${failures
        .map(({ scene, message }) => `<li><b>${escape(scene)}</b>: ${escape(message)}</li>`)
        .join('')}</ul></div>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; background: #f4f4f5; color: #18181b; }
  nav { position: sticky; top: 0; background: #f4f4f5; padding: .5rem 0; z-index: 1; }
  .grid { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
  figure { margin: 0; background: #fff; padding: .75rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  figcaption { font-weight: 600; margin-bottom: .5rem; }
  .pair { display: flex; gap: .75rem; align-items: flex-start; }
  .pair a { display: flex; flex-direction: column; color: #52525b; text-decoration: none; font-size: 12px; }
  .pair img { height: auto; border: 1px solid #d4d4d8; }
  .failed { background: #fee2e2; padding: .75rem; border-radius: 8px; }
</style>
</head>
<body>
<h1>${escape(title)}</h1>
<nav>${nav}</nav>
${failed}${sections.join('')}
</body>
</html>
`;
}
