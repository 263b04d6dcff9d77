using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Crm.Browser.Tests;

/// <summary>Whole-page screenshots kept as test artifacts: artifacts/screenshots/NAME.png under the repository root.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name, ITestOutputHelper output)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crm.sln"))) return dir.FullName;
        throw new InvalidOperationException("Crm.sln not found above the test binaries");
    }
}
