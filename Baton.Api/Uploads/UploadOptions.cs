using System.ComponentModel.DataAnnotations;

namespace Baton.Api.Uploads;

public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    [Range(1, 1024L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 25 * 1024 * 1024;
}
