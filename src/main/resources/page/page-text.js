// The text the whole page shows, as a person reads it, without the tool's own banner.
if (window !== window.top) return 'objection-helper:in-a-frame';
if (!document.body) return '';
const banner = document.getElementById('objection-helper-banner');
const text = document.body.innerText || '';
return banner ? text.replace(banner.innerText, '') : text;
