// The book contains no mathematics. Sphinx needs a MathJax address all the same; this local
// file stands in for it so that no page ever loads a script from the network.
