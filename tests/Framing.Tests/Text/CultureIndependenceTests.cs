using System.Globalization;
using Framing.Text;

namespace Framing.Tests.Text;

public sealed class CultureIndependenceTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("")]
    public void OutputDoesNotDependOnCurrentCulture(string cultureName)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(cultureName);
        }
        catch (CultureNotFoundException)
        {
            // Globalization-invariant mode only knows the invariant culture; the "" case still runs.
            return;
        }

        var savedCulture = CultureInfo.CurrentCulture;
        var savedUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;

            foreach (var normalizer in new[] { Normalizers.English, Normalizers.Arabic })
            {
                Assert.Equal("isis", normalizer.Normalize("ISIS"));
                Assert.Equal("idlib", normalizer.Normalize("İdlib"));
                Assert.Equal("islamic", normalizer.Normalize("Islamic"));
                Assert.Equal("islamic", normalizer.Normalize("ISLAMIC"));
                Assert.Equal("iraq", normalizer.Normalize("IRAQ"));
                Assert.Equal("assad", normalizer.Normalize("Assad’s"));
            }

            Assert.Equal("الارهابيين 2016", Normalizers.Arabic.Normalize("الإرهابيّين ٢٠١٦"));
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    [Fact]
    public void TurkishCultureWouldChangeCultureSensitiveLowerCasing()
    {
        // Shows that the culture test above is meaningful where Turkish casing data is available.
        CultureInfo turkish;
        try
        {
            turkish = CultureInfo.GetCultureInfo("tr-TR");
        }
        catch (CultureNotFoundException)
        {
            return;
        }

        if (turkish.TextInfo.ToLower('I') == 'i')
        {
            return; // globalization-invariant mode with predefined cultures disabled: casing is invariant anyway
        }

        Assert.Equal("ısıs", "ISIS".ToLower(turkish));
        Assert.Equal("isis", LatinNormalizer.Default.Normalize("ISIS"));
    }
}
