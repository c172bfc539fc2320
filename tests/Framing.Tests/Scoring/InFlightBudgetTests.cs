using Framing.Scoring;

namespace Framing.Tests.Scoring;

public sealed class InFlightBudgetTests
{
    [Fact]
    public void TakesAndGivesBack()
    {
        var budget = new InFlightBudget(100);
        budget.Acquire(60, CancellationToken.None);
        budget.Acquire(40, CancellationToken.None);
        Assert.Equal(100, budget.InFlight);
        budget.Release(60);
        budget.Release(40);
        Assert.Equal(0, budget.InFlight);
    }

    [Fact]
    public void AnAmountLargerThanTheBudgetPassesWhenNothingElseIsInFlight()
    {
        var budget = new InFlightBudget(100);
        budget.Acquire(500, CancellationToken.None);
        Assert.Equal(500, budget.InFlight);
    }

    [Fact]
    public async Task WaitsUntilEnoughIsGivenBack()
    {
        var budget = new InFlightBudget(100);
        budget.Acquire(80, CancellationToken.None);
        var waiting = Task.Run(() => budget.Acquire(30, CancellationToken.None));
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(80, budget.InFlight);

        budget.Release(80);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(30, budget.InFlight);
    }

    [Fact]
    public async Task ALargeAmountWaitsForEverythingElse()
    {
        var budget = new InFlightBudget(100);
        budget.Acquire(10, CancellationToken.None);
        var waiting = Task.Run(() => budget.Acquire(500, CancellationToken.None));
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        budget.Release(10);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(500, budget.InFlight);
    }

    [Fact]
    public async Task CancellationStopsTheWait()
    {
        var budget = new InFlightBudget(100);
        budget.Acquire(100, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = Task.Run(() => budget.Acquire(1, cancel.Token));
        await Task.Delay(100);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(100, budget.InFlight);
    }

    [Fact]
    public void ACancelledTokenStopsEvenAnAmountThatWouldFit()
    {
        var budget = new InFlightBudget(100);
        Assert.Throws<OperationCanceledException>(() => budget.Acquire(1, new CancellationToken(canceled: true)));
        Assert.Equal(0, budget.InFlight);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void TheLimitMustBePositive(long limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InFlightBudget(limit));
}
