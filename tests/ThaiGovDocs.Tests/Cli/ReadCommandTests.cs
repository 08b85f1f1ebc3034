using System.Text.Json;
using ThaiGovDocs.Cli;

namespace ThaiGovDocs.Tests.Cli;

public sealed class ReadCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("thaigovdocs-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Read_SampleLetter_PrintsTheJsonContract()
    {
        var (exit, output, error) = Run("read", Path.Combine(RepoPaths.TestData, "sample-letter.txt"));

        exit.Should().Be(0);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("kind").GetString().Should().Be("external");
        document.GetProperty("number").GetProperty("serial").GetInt32().Should().Be(1234);
        document.GetProperty("date").GetString().Should().Be("2025-02-19");
    }

    [Fact]
    public void Read_FormatText_PrintsTheRepairedText()
    {
        var file = Path.Combine(_folder, "split.txt");
        File.WriteAllText(file, "เรื่อง จํานวน\r\n");

        var (exit, output, _) = Run("read", file, "--format", "text");

        exit.Should().Be(0);
        output.Should().Be("เรื่อง จำนวน\n");
    }

    [Fact]
    public void Read_MissingFile_PrintsOneLineNamingItAndExitsWithOne()
    {
        var file = Path.Combine(_folder, "nope.txt");

        var (exit, output, error) = Run("read", file);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.TrimEnd().Should().NotContain("\n").And.Contain(file).And.StartWith("thaigovdocs: error:");
    }

    [Theory]
    [InlineData("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12 }, "binary")]
    [InlineData("latin.txt", new byte[] { 0x41, 0xC3, 0x28, 0x80, 0x81, 0xFE }, "not valid")]
    public void Read_UnreadableText_PrintsTheReasonAndExitsWithOne(string name, byte[] bytes, string reason)
    {
        var file = Path.Combine(_folder, name);
        File.WriteAllBytes(file, bytes);

        var (exit, _, error) = Run("read", file);

        exit.Should().Be(1);
        error.Should().Contain(file).And.Contain(reason);
    }

    [Fact]
    public void Read_Tis620Text_IsDecoded()
    {
        var file = Path.Combine(_folder, "tis620.txt");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(file, System.Text.Encoding.GetEncoding(874).GetBytes("เรื่อง ทดสอบ\n\nเรียน ผู้อำนวยการ\n"));

        var (exit, output, _) = Run("read", file);

        exit.Should().Be(0);
        output.Should().Contain("\"subject\": \"ทดสอบ\"");
    }

    [Theory]
    [InlineData("read")]
    [InlineData("read", "--bogus", "x")]
    [InlineData("frobnicate")]
    public void Run_CommandLineError_ExitsWithTwo(params string[] args)
    {
        var (exit, _, error) = Run(args);

        exit.Should().Be(2);
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void Read_Directory_PrintsTheReasonAndExitsWithOne()
    {
        var (exit, _, error) = Run("read", _folder);

        exit.Should().Be(1);
        error.Should().Contain("directory");
    }

    [Fact]
    public void Read_OutputOption_WritesTheWholeFileAndNothingElse()
    {
        var target = Path.Combine(_folder, "out", "letter.json");

        var (exit, output, _) = Run("read", Path.Combine(RepoPaths.TestData, "sample-letter.txt"), "-o", target);

        exit.Should().Be(0);
        output.Should().BeEmpty();
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
        Directory.GetFiles(Path.GetDirectoryName(target)!).Should().ContainSingle();
    }

    [Fact]
    public void Read_TextFileRenamedPng_PrintsTheReasonAndExitsWithOne()
    {
        var file = Path.Combine(_folder, "letter.png");
        File.WriteAllText(file, "เรื่อง ไม่ใช่รูปภาพ");

        var (exit, _, error) = Run("read", file);

        exit.Should().Be(1);
        error.Should().Contain(file);
    }
}
