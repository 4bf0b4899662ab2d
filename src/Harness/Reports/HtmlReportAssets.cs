namespace Conformance.Harness.Reports;

/// <summary>
/// The inline stylesheet and script of index.html. Kept inline (no external URL) so the page renders
/// offline and can be attached to a bug report as one file. The script only reads the page: it builds
/// the headline cards from the embedded figures with textContent (never innerHTML) and filters rows.
/// </summary>
internal static class HtmlReportAssets
{
    public const string Style = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; background: #fafafa; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; font-size: .85rem; }
        th, td { border: 1px solid #ddd; padding: .25rem .4rem; text-align: left; vertical-align: top; }
        th { background: #eef1f5; }
        .cards { display: flex; flex-wrap: wrap; gap: .6rem; margin: .5rem 0 1rem; }
        .card { background: #fff; border: 1px solid #ccd; border-radius: 6px; padding: .5rem .8rem; min-width: 16rem; }
        .card h3 { margin: 0 0 .3rem; }
        .card .num { font-size: 1.3rem; font-weight: 600; }
        .badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .75rem; font-weight: 600; white-space: nowrap; }
        .v-verified { background: #2e7d32; color: #fff; }
        .v-violated { background: #c62828; color: #fff; }
        .v-should-not-followed { background: #ef6c00; color: #fff; }
        .v-not-applicable-for-profile { background: #78909c; color: #fff; }
        .v-inconclusive { background: #f9a825; color: #000; }
        .v-not-run { background: #cfd8dc; color: #000; }
        .v-not-covered { background: #eceff1; color: #555; border: 1px solid #bbb; }
        .filters { position: sticky; top: 0; background: #fafafa; padding: .5rem 0; border-bottom: 1px solid #ddd; z-index: 1; }
        .filters input, .filters select { margin-right: .6rem; }
        pre { white-space: pre-wrap; word-break: break-all; background: #f4f4f4; padding: .3rem; margin: .2rem 0; }
        details { margin-top: .3rem; } .muted { color: #666; } .unexpected { outline: 2px dashed #c62828; }
        .hidden { display: none; }
        """;

    public const string Script = """
        (function () {
          'use strict';
          var targets = JSON.parse(document.getElementById('report-figures').textContent);
          var headline = document.getElementById('headline');
          var labels = [['requirements', 'requirements'], ['testable', 'testable'], ['verified', 'verified'], ['violated', 'violated'],
            ['shouldNotFollowed', 'should-not-followed'], ['notCovered', 'not covered'], ['coveragePercent', 'coverage %']];
          targets.forEach(function (t) {
            var card = document.createElement('div');
            card.className = 'card';
            var title = document.createElement('h3');
            title.textContent = t.name + ' (profile ' + t.profile + ')' + (t.resultsFound ? '' : ' - no results file');
            card.appendChild(title);
            labels.forEach(function (l) {
              var line = document.createElement('div');
              var num = document.createElement('span');
              num.className = 'num';
              num.textContent = String(t.figures[l[0]]);
              line.appendChild(num);
              line.appendChild(document.createTextNode(' ' + l[1]));
              card.appendChild(line);
            });
            headline.appendChild(card);
          });
          headline.setAttribute('data-rendered', 'true');

          var rows = Array.prototype.slice.call(document.querySelectorAll('tr.req'));
          var search = document.getElementById('search');
          var selects = ['document', 'level', 'role', 'verdict'].map(function (n) { return document.getElementById('filter-' + n); });
          var status = document.getElementById('filter-status');
          function apply() {
            var text = search.value.trim().toLowerCase();
            var shown = 0;
            rows.forEach(function (row) {
              var ok = (!text || row.textContent.toLowerCase().indexOf(text) >= 0)
                && (!selects[0].value || row.getAttribute('data-document') === selects[0].value)
                && (!selects[1].value || row.getAttribute('data-level') === selects[1].value)
                && (!selects[2].value || row.getAttribute('data-role') === selects[2].value)
                && (!selects[3].value || (' ' + row.getAttribute('data-verdicts') + ' ').indexOf(' ' + selects[3].value + ' ') >= 0);
              row.classList.toggle('hidden', !ok);
              if (ok) { shown++; }
            });
            Array.prototype.forEach.call(document.querySelectorAll('.section'), function (section) {
              section.classList.toggle('hidden', section.querySelector('tr.req:not(.hidden)') === null);
            });
            status.textContent = shown + ' of ' + rows.length + ' requirements shown';
          }
          search.addEventListener('input', apply);
          selects.forEach(function (s) { s.addEventListener('change', apply); });
          apply();
        })();
        """;
}
