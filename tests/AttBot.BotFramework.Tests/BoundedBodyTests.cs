using AttBot.BotFramework.Hosting;

namespace AttBot.BotFramework.Tests;

public sealed class BoundedBodyTests
{
    private static byte[] Bytes(int count) => Enumerable.Range(0, count).Select(i => (byte)(i * 7)).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3_000)]
    [InlineData(10_000)]
    public async Task A_body_that_declares_its_length_comes_back_whole(int length)
    {
        var bytes = Bytes(length);
        Assert.Equal(bytes, await BoundedBody.ReadAsync(new Trickle(bytes, 700), length, 10_000, CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    [InlineData(9_999)]
    [InlineData(10_000)]
    public async Task A_chunked_body_within_the_limit_comes_back_whole(int length)
    {
        var bytes = Bytes(length);
        Assert.Equal(bytes, await BoundedBody.ReadAsync(new Trickle(bytes, 333), declaredLength: null, 10_000, CancellationToken.None));
    }

    [Fact]
    public async Task A_chunked_body_one_byte_over_the_limit_is_refused_without_reading_the_rest()
    {
        var stream = new Trickle(Bytes(1_000_000), 1_000);
        Assert.Null(await BoundedBody.ReadAsync(stream, declaredLength: null, 10_000, CancellationToken.None));
        Assert.True(stream.Position <= 12_000, $"read {stream.Position} bytes of a body refused at 10,000");
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var stream = new Trickle(Bytes(20_000), 1_000);
        Assert.Null(await BoundedBody.ReadAsync(stream, 20_000, 10_000, CancellationToken.None));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task A_body_shorter_than_it_declared_comes_back_as_sent()
    {
        var bytes = Bytes(500);
        Assert.Equal(bytes, await BoundedBody.ReadAsync(new Trickle(bytes, 64), 800, 10_000, CancellationToken.None));
    }

    /// <summary>A stream without a length that hands out at most a few bytes per read, as a network does.</summary>
    private sealed class Trickle(byte[] bytes, int perRead) : Stream
    {
        private int _position;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, perRead), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
