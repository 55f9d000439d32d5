# Reference values for tests/unit/evidence-random-effects.test.ts: R 4.2.2 with metafor 3.8.1 (Debian r-cran-metafor),
# run as `Rscript tests/reference/random-effects.R > tests/reference/random-effects.out`. Not run by the tests.
suppressMessages(library(metafor))
options(digits=15)
show <- function(name, yi, vi) {
  k <- length(yi)
  rz <- rma(yi, vi, method="REML", test="z", control=list(threshold=1e-13, maxiter=1000))
  rk <- rma(yi, vi, method="REML", test="knha", control=list(threshold=1e-13, maxiter=1000))
  ci <- tryCatch(confint(rz, control=list(tol=1e-12))$random, error=function(e) NULL)
  w <- 1/(vi + rz$tau2)
  qgen <- sum(w * (yi - rz$b[1])^2) / (k - 1)
  cat(sprintf("== %s (k=%d)\n", name, k))
  cat(sprintf("yi = c(%s)\nvi = c(%s)\n", paste(format(yi, digits=17), collapse=", "), paste(format(vi, digits=17), collapse=", ")))
  cat(sprintf("tau2=%.15g mu=%.15g se_wald=%.15g ci_wald=[%.15g, %.15g]\n", rz$tau2, rz$b[1], rz$se, rz$ci.lb, rz$ci.ub))
  cat(sprintf("I2=%.15g QE=%.15g QEp=%.15g\n", rz$I2, rz$QE, rz$QEp))
  cat(sprintf("knha: se=%.15g ci=[%.15g, %.15g] (s2 factor %.15g)\n", rk$se, rk$ci.lb, rk$ci.ub, qgen))
  adhoc_se <- rz$se * sqrt(max(1, qgen))
  cat(sprintf("mKH: se=%.15g ci=[%.15g, %.15g]\n", adhoc_se, rz$b[1] - qt(.975, k-1)*adhoc_se, rz$b[1] + qt(.975, k-1)*adhoc_se))
  if (!is.null(ci)) cat(sprintf("tau2 CI (Q-profile) = [%.15g, %.15g]\n", ci["tau^2","ci.lb"], ci["tau^2","ci.ub"]))
  if (k >= 3) {
    h <- qt(.975, k-2) * sqrt(rz$tau2 + rz$se^2)
    cat(sprintf("PI (t k-2, Wald se) = [%.15g, %.15g]\n", rz$b[1] - h, rz$b[1] + h))
  }
  dl <- rma(yi, vi, method="DL")
  cat(sprintf("DL tau2=%.15g\n", dl$tau2))
}
dat <- escalc(measure="SMD", m1i=m1i, sd1i=sd1i, n1i=n1i, m2i=m2i, sd2i=sd2i, n2i=n2i, data=dat.normand1999)
show("normand1999 SMD", as.numeric(dat$yi), as.numeric(dat$vi))
show("normand1999 first 3", as.numeric(dat$yi[1:3]), as.numeric(dat$vi[1:3]))
show("normand1999 first 4", as.numeric(dat$yi[1:4]), as.numeric(dat$vi[1:4]))
d2 <- escalc(measure="ZCOR", ri=ri, ni=ni, data=dat.molloy2014)
show("molloy2014 ZCOR", as.numeric(d2$yi), as.numeric(d2$vi))
