// The ruling page, opened from a search: Previous / Next (and the keys p / n) step through the
// marked matches of the full text.
document.addEventListener("DOMContentLoaded", function () {
  var marks = document.querySelectorAll("#fulltext mark"), current = -1;
  if (!marks.length) return;
  function go(step) {
    if (current >= 0) marks[current].classList.remove("current");
    current = (current + step + marks.length) % marks.length;
    marks[current].classList.add("current");
    marks[current].scrollIntoView({block: "center"});
    history.replaceState(null, "", "#" + marks[current].id);
  }
  document.querySelectorAll(".match-nav [data-step]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      go(parseInt(link.dataset.step, 10));
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.closest("input, textarea, select")) return;
    if (event.key === "n") go(1);
    if (event.key === "p") go(-1);
  });
});
