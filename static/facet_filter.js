// A long facet (the courts) gets a box that hides the options whose name does not contain
// what is typed, and the group headings left empty. Without scripts the box stays hidden.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input.facet-filter").forEach(function (box) {
    var facet = document.getElementById(box.dataset.filters);
    if (!facet) return;
    box.hidden = false;
    box.addEventListener("input", function () {
      var typed = box.value.trim().toLowerCase();
      facet.querySelectorAll("li").forEach(function (option) {
        option.hidden = typed !== "" && option.textContent.toLowerCase().indexOf(typed) < 0;
      });
      facet.querySelectorAll("h4.facet-group").forEach(function (heading) {
        var list = heading.nextElementSibling;
        var shown = list && list.querySelector("li:not([hidden])");
        heading.hidden = !shown;
        if (list) list.hidden = !shown;
      });
    });
  });
});
