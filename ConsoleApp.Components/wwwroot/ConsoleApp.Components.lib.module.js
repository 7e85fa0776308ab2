// Blazor JS initializer (found by name). Marks the document when the interactive circuit is up, so browser
// tests and styles can tell a live page from a merely pre-rendered one.
export function afterServerStarted() {
    document.documentElement.dataset.circuit = 'up';
}
