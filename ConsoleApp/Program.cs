using ConsoleApp;

var app = await ConsoleHost.BuildAsync(args);
await app.RunAsync();
