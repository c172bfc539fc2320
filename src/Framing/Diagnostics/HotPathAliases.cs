// The corpus errors became Framing.Diagnostic (issue 12). CorpusScorer and JsonRecordRules still spell the old name
// and are left alone while they are being optimised elsewhere; rename there and delete this file afterwards.
global using CorpusError = Framing.Diagnostic;
