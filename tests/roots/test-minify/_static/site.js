/*! licence: kept */
// a note
function add(a, b) {
    return a + b;   // sum
}
var s = "  two  spaces  // not a comment ";
