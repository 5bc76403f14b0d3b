using System.Runtime.InteropServices;

namespace Baton.Bridge.Files;

/// <summary>
/// Tells a regular file from a named pipe, socket or device, which .NET shows alike as files:
/// opening a pipe blocks until something writes to it, and a device may never end.
/// </summary>
internal static class RegularFile
{
    private const int CurrentDirectory = -100;
    private const uint TypeMask = 0x0001;
    private const ushort FileTypeBits = 0xF000;
    private const ushort RegularFileType = 0x8000;

    // statx(2)'s struct has the same layout on every Linux architecture (unlike stat's); stx_mode is at byte 28.
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    /// <summary>Whether <paramref name="path"/> (links followed) is a regular file; false when it cannot be told.</summary>
    public static bool Is(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere .NET's view has to do; the time bound on file work still keeps a pipe from holding the bridge.
            var info = new FileInfo(path);
            return info.Exists && !info.Attributes.HasFlag(FileAttributes.Directory);
        }

        Span<byte> buffer = stackalloc byte[StatxSize];
        if (statx(CurrentDirectory, path, 0, TypeMask, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return false;
        }

        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]);
        return (mode & FileTypeBits) == RegularFileType;
    }

    [DllImport("libc")]
    private static extern int statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
}
