// The timeline's build: ?bundle=<base URL>, else ../dist/. A link must not choose where this page's scripts come
// from (?bundle=https://anywhere/ would run anyone's script here): only this page's origin, or, when the page
// itself is served from this machine (local development, the browser tests), another port of this machine.
const params = new URLSearchParams(window.location.search);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const requested = new URL(params.get('bundle') ?? '../dist/', window.location.href);
const allowed =
  requested.origin === window.location.origin ||
  (requested.protocol === 'http:' &&
    LOOPBACK.has(requested.hostname) &&
    LOOPBACK.has(window.location.hostname));
const bundle = allowed ? requested : null;
if (!bundle) {
  const refusal = document.createElement('p');
  refusal.id = 'bundle-refused';
  refusal.setAttribute('role', 'alert');
  refusal.textContent = `Not loading the timeline from ${requested.origin}: this page loads it only from its own origin.`;
  document.body.prepend(refusal);
}

// ?plain=1 shows the same page without its hostile stylesheet, to compare the embeds against.
if (params.has('plain')) {
  const hostile = document.querySelector('link[data-hostile-css]');
  if (hostile) hostile.disabled = true;
}

if (bundle) {
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
}

// The iframe reports its height; only messages from the timeline's origin, and only for our frames, count.
window.addEventListener('message', (event) => {
  if (!bundle || event.origin !== bundle.origin) return;
  const { data } = event;
  if (data?.type !== 'diplomacy-timeline:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe[data-src]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${data.height}px`;
  }
});
