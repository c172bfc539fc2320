# Reference values for WordscoresInventedTests.cs (run once; the tests hold its output as literals and never run it).
#
#   Rscript tests/Framing.Statistics.Tests/Scaling/wordscores-reference.R
#
# A base-R transcription of quanteda.textmodels' textmodel_wordscores() (scale = "linear") and
# predict.textmodel_wordscores() (R/textmodel_wordscores.R: se.fit, interval = "confidence", rescaling = "lbg"/"mv",
# mv_transform, and force_conformance() from R/utils.R), on a dense matrix, because quanteda is not packaged for
# Debian. Written from the R source, not from the C# code. Ran with R 4.2.2.

# An invented document-feature matrix: three reference texts at unevenly spaced positions, three virgin texts.
# "kappa" occurs only in a virgin text, "theta" only in reference texts, V3 shares one feature with the references.
x <- rbind(
  R1 = c(alpha = 9, beta = 4, gamma = 1, delta = 0, eps = 2, zeta = 0, theta = 3, kappa = 0),
  R2 = c(alpha = 3, beta = 5, gamma = 4, delta = 2, eps = 1, zeta = 1, theta = 0, kappa = 0),
  R3 = c(alpha = 0, beta = 1, gamma = 3, delta = 7, eps = 0, zeta = 6, theta = 1, kappa = 0),
  V1 = c(alpha = 4, beta = 3, gamma = 2, delta = 1, eps = 1, zeta = 0, theta = 0, kappa = 2),
  V2 = c(alpha = 1, beta = 0, gamma = 2, delta = 5, eps = 0, zeta = 3, theta = 1, kappa = 0),
  V3 = c(alpha = 0, beta = 0, gamma = 0, delta = 2, eps = 0, zeta = 0, theta = 0, kappa = 5)
)
y <- c(-1, 0.5, 2, NA, NA, NA)

prop <- function(m) { s <- rowSums(m); s[s == 0] <- 1; m / s }   # dfm_weight(, "prop"): zero rows stay zero

wordscores <- function(x, y, smooth = 0) {
  temp <- x[!is.na(y), , drop = FALSE]
  ref <- y[!is.na(y)]
  if (smooth) temp <- temp + smooth                               # dfm_smooth
  tFwr <- t(prop(temp))
  Pwr <- tFwr / rowSums(tFwr)
  Sw <- (Pwr %*% ref)[, 1]
  list(wordscores = Sw[!is.na(Sw)], x = x, y = y)
}

mv_transform <- function(x, y, z) {
  i_low <- which(y == min(y, na.rm = TRUE))
  i_high <- which(y == max(y, na.rm = TRUE))
  (x - z[i_low]) * (max(y, na.rm = TRUE) - min(y, na.rm = TRUE)) / (z[i_high] - z[i_low]) + min(y, na.rm = TRUE)
}

predict_ws <- function(object, newdata = NULL, level = 0.95) {
  data <- if (is.null(newdata)) object$x else newdata
  sw <- object$wordscores
  data <- data[, names(sw), drop = FALSE]                         # force_conformance()
  raw <- (prop(data) %*% sw)[, 1]
  raw_se <- sqrt(rowSums(prop(data) * outer(raw, sw, "-")^2)) / sqrt(rowSums(data))
  z <- qnorm(1 - (1 - level) / 2)
  lbg_sdr <- sd(object$y, na.rm = TRUE)
  lbg_sv <- mean(raw, na.rm = TRUE)
  lbg_sdv <- if (length(raw) < 2L) 0 else sd(raw)
  lbg_mult <- if (lbg_sdr == 0) 0 else lbg_sdr / lbg_sdv
  lbg <- function(v) (v - lbg_sv) * lbg_mult + lbg_sv
  out <- data.frame(
    raw = raw, se = raw_se, lwr = raw - z * raw_se, upr = raw + z * raw_se,
    lbg = lbg(raw), lbg_se_quanteda = lbg(raw_se), lbg_lwr = lbg(raw - z * raw_se), lbg_upr = lbg(raw + z * raw_se))
  if (is.null(newdata)) {                                         # mv_transform indexes raw by the rows of object$x
    mv <- mv_transform(raw, object$y, raw)
    mv_upr <- mv_transform(raw + z * raw_se, object$y, raw)
    out$mv <- mv
    out$mv_se <- (mv_upr - mv) / z
    out$mv_lwr <- mv_transform(raw - z * raw_se, object$y, raw)
    out$mv_upr <- mv_upr
  }
  out
}

show <- function(title, values) {
  cat("#", title, "\n")
  if (is.data.frame(values)) {
    for (col in names(values)) cat(col, ":", paste(sprintf("%.15g", values[[col]]), collapse = ", "), "\n")
  } else {
    cat(paste(names(values), sprintf("%.15g", values), sep = " = ", collapse = ", "), "\n")
  }
}

ws0 <- wordscores(x, y)
show("smooth = 0: coef(ws)", ws0$wordscores)
show("smooth = 0: predict(ws, se.fit = TRUE, interval = 'confidence', level = 0.90), all six texts", predict_ws(ws0, level = 0.90))
show("smooth = 0: predict(ws, newdata = x[4:6, ], level = 0.95), virgin texts only", predict_ws(ws0, newdata = x[4:6, ], level = 0.95))

ws1 <- wordscores(x, y, smooth = 0.5)
show("smooth = 0.5: coef(ws)", ws1$wordscores)
show("smooth = 0.5: predict(ws, se.fit = TRUE, interval = 'confidence', level = 0.95), all six texts", predict_ws(ws1, level = 0.95))
