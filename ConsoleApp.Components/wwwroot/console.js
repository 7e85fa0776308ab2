// Small browser helpers the console needs that Radzen does not provide.
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
};
