namespace NatoCorpus.Corpus;

/// <summary>
/// One parallel run of <see cref="CorpusRun.Ordered"/>: worker threads take the files in order and put each result
/// in a ring of <c>window</c> slots; the calling thread consumes the slots in file order and frees them. A worker
/// waits when it is a whole window ahead of the consumer, so at most a window of results is held at once.
/// </summary>
internal sealed class OrderedRun<T>(IReadOnlyList<string> files, Func<string, T> work, int window)
{
    private readonly object _gate = new();
    private readonly T[] _slots = new T[window];
    private readonly bool[] _done = new bool[window];
    private int _next;
    private int _consumed;
    private bool _stopped;
    private Exception? _failure;

    public void Run(int workers, Action<T> consume)
    {
        var threads = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = $"natocorpus worker {i + 1}" };
            threads[i].Start();
        }
        try
        {
            for (var index = 0; index < files.Count; index++)
            {
                T result;
                lock (_gate)
                {
                    while (!_done[index % window] && _failure is null)
                    {
                        Monitor.Wait(_gate);
                    }
                    if (_failure is not null)
                    {
                        break;
                    }
                    result = _slots[index % window];
                    _slots[index % window] = default!;
                    _done[index % window] = false;
                    _consumed = index + 1;
                    Monitor.PulseAll(_gate);
                }
                consume(result);
            }
        }
        finally
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
        if (_failure is not null)
        {
            // As Parallel.For reported a worker's exception, so the internal-error report reads the same.
            throw new AggregateException(_failure);
        }
    }

    private void Work()
    {
        while (true)
        {
            int index;
            lock (_gate)
            {
                while (!_stopped && _failure is null && _next < files.Count && _next >= _consumed + window)
                {
                    Monitor.Wait(_gate);
                }
                if (_stopped || _failure is not null || _next >= files.Count)
                {
                    return;
                }
                index = _next++;
            }
            T result;
            try
            {
                result = work(files[index]);
            }
            catch (Exception exception)
            {
                lock (_gate)
                {
                    _failure ??= exception;
                    Monitor.PulseAll(_gate);
                }
                return;
            }
            lock (_gate)
            {
                _slots[index % window] = result;
                _done[index % window] = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
