// The timeline's build: ?bundle=<base URL> (the browser tests serve it from another origin), else ../dist/.
const params = new URLSearchParams(window.location.search);
const bundle = new URL(params.get('bundle') ?? '../dist/', window.location.href);

// ?plain=1 shows the same page without its hostile stylesheet, to compare the embeds against.
if (params.has('plain')) {
  const hostile = document.querySelector('link[data-hostile-css]');
  if (hostile) hostile.disabled = true;
}

for (const element of document.querySelectorAll('diplomacy-timeline[data-src]')) {
  element.setAttribute('src', new URL(element.dataset.src, bundle).href);
}
for (const frame of document.querySelectorAll('iframe[data-src]')) {
  frame.src = new URL(frame.dataset.src, bundle).href;
}

// The custom element's two lines: this script, then the <diplomacy-timeline> elements above.
const script = document.createElement('script');
script.type = 'module';
script.src = new URL('embed/diplomacy-timeline.js', bundle).href;
document.head.append(script);

// The iframe reports its height; only messages from the timeline's origin, and only for our frames, count.
window.addEventListener('message', (event) => {
  if (event.origin !== bundle.origin) return;
  const { data } = event;
  if (data?.type !== 'diplomacy-timeline:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe[data-src]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${data.height}px`;
  }
});
