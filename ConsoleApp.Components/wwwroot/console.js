// Small browser helpers the console needs that its component libraries do not provide.
window.partnerConsole = {
    async downloadFile(fileName, contentType, streamReference) {
        const buffer = await streamReference.arrayBuffer();
        const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.click();
        URL.revokeObjectURL(url);
    },
    copyText(text) {
        return navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.resolve();
    },
    // Per-user display preferences (the light/dark theme) kept in this browser; storage may be unavailable.
    getPreference(key) {
        try { return localStorage.getItem(key); } catch { return null; }
    },
    setPreference(key, value) {
        try { localStorage.setItem(key, value); } catch { /* private mode: the choice lasts for this page only */ }
    },
};

// The reconnect banner's "Reload the page" buttons (no inline handlers, so a strict CSP can forbid them).
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('.pc-reload')) location.reload();
});

// Keyboard users get a visible focus box on the heading focused after navigation; mouse users do not.
document.addEventListener('keydown', event => {
    if (event.key === 'Tab') document.documentElement.classList.add('pc-keyboard');
});
document.addEventListener('mousedown', () => document.documentElement.classList.remove('pc-keyboard'));
