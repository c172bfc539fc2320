namespace Framing.Statistics;

/// <summary>
/// Brent's root finder as R's <c>uniroot</c> runs it (a port of R's <c>R_zeroin2</c>, itself netlib's zeroin), with
/// R's defaults: tolerance <c>.Machine$double.eps^0.25</c> and 1000 iterations. Using the same algorithm and tolerance
/// as R is what makes estimates found by root search (such as Fisher's conditional odds ratio) agree with R's to many
/// digits rather than only to the tolerance.
/// </summary>
internal static class RZeroin
{
    public static readonly double DefaultTolerance = Math.Pow(2.220446049250313e-16, 0.25);

    public static double FindRoot(Func<double, double> f, double lower, double upper, double? tolerance = null, int maxIterations = 1000)
    {
        var fa = f(lower);
        var fb = f(upper);
        return Zeroin2(f, lower, upper, fa, fb, tolerance ?? DefaultTolerance, maxIterations);
    }

    private static double Zeroin2(Func<double, double> f, double ax, double bx, double fa, double fb, double tol, int maxit)
    {
        const double epsilon = 2.220446049250313e-16;
        double a = ax, b = bx;
        double c = a, fc = fa;
        maxit++;
        if (fa == 0.0)
        {
            return a;
        }

        if (fb == 0.0)
        {
            return b;
        }

        while (maxit-- > 0)
        {
            var prevStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tolAct = (2 * epsilon * Math.Abs(b)) + (tol / 2);
            var newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0)
            {
                return b;
            }

            if (Math.Abs(prevStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    q = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * ((cb * q * (q - t1)) - ((b - a) * (t1 - 1.0)));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (p < ((0.75 * cb * q) - (Math.Abs(tolAct * q) / 2)) && p < Math.Abs(prevStep * q / 2))
                {
                    newStep = p / q;
                }
            }

            if (Math.Abs(newStep) < tolAct)
            {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }

            a = b;
            fa = fb;
            b += newStep;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }

        return b;
    }
}
