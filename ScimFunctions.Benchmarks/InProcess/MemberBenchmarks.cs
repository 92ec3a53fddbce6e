using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using ScimFunctions.Benchmarks.Seeding;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Storage;

namespace ScimFunctions.Benchmarks.InProcess;

/// <summary>
/// One member added to and then removed from a group, through the repository's update, on the
/// big group and on the 10-member group: the design promises the same cost for both.
/// </summary>
public class MemberBenchmarks : IDisposable
{
    private StorageHost? _host;
    private IScimRepository? _repository;
    private string _groupId = "";
    private string[] _candidates = [];
    private int _next;

    [Params("big", "small")]
    public string Group { get; set; } = "big";

    [GlobalSetup]
    public void Setup()
    {
        var database = BenchContext.Members ?? throw new InvalidOperationException("No member database was seeded.");
        _host = new StorageHost(database.DataDirectory);
        _repository = _host.Repository ?? throw new InvalidOperationException("No IScimRepository is registered.");
        _groupId = Group == "big" ? database.BigGroupId : database.SmallGroupId;
        _candidates = database.Candidates;
    }

    [Benchmark]
    public async Task<int> AddThenRemove()
    {
        var member = _candidates[_next++ % _candidates.Length];
        var add = new MemberChanges();
        add.Added.Add(new MemberReference(member, "User"));
        var remove = new MemberChanges();
        remove.Removed.Add(member);

        var added = await Apply(add);
        var removed = await Apply(remove);
        return added.MembersAdded.Count + removed.MembersRemoved.Count;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        GC.SuppressFinalize(this);
    }

    private Task<ResourceUpdate> Apply(MemberChanges changes) =>
        _repository!.UpdateAsync(
            ResourceKind.Group, _groupId, null, current => new ResourceEdit(current.Data, changes, null), CancellationToken.None);
}
