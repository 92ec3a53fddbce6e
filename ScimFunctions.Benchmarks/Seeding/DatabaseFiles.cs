using Microsoft.Data.Sqlite;
using ScimFunctions.Storage.Sqlite;

namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>Moves seeded databases around: checkpoint the WAL into the file, then copy the folder.</summary>
public static class DatabaseFiles
{
    /// <summary>Folds the WAL into the main file, so that the file alone is the whole database.</summary>
    public static void Checkpoint(ScimDatabase database)
    {
        using (var connection = database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    public static string CopyFolder(string sourceDirectory, string targetDirectory)
    {
        if (Directory.Exists(targetDirectory))
        {
            Directory.Delete(targetDirectory, recursive: true);
        }

        Directory.CreateDirectory(targetDirectory);
        File.Copy(Path.Combine(sourceDirectory, ScimDatabase.FileName), Path.Combine(targetDirectory, ScimDatabase.FileName));
        return targetDirectory;
    }

    public static double SizeMegabytes(string directory) =>
        new FileInfo(Path.Combine(directory, ScimDatabase.FileName)).Length / 1024.0 / 1024.0;
}
