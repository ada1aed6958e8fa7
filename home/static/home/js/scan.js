/*
 * The biodiversity scan's small enhancements; everything works without them.
 * - An error summary gets the focus, so that keyboard and screen reader users hear what to fix.
 * - [data-print] buttons (hidden without JavaScript) print the page.
 * - [data-copy="<input id>"] buttons (hidden without the Clipboard API) copy a link; the input selects itself on focus.
 */
(function () {
    "use strict";

    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }

    document.querySelectorAll("[data-print]").forEach(function (button) {
        if (typeof window.print !== "function") {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
        });
    });

    // Closed disclosures (the answers) print open, then close again.
    var opened = [];
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details.answers-details:not([open])").forEach(function (details) {
            details.open = true;
            opened.push(details);
        });
    });
    window.addEventListener("afterprint", function () {
        opened.forEach(function (details) {
            details.open = false;
        });
        opened = [];
    });

    document.querySelectorAll("input[readonly]").forEach(function (input) {
        input.addEventListener("focus", function () {
            input.select();
        });
    });

    if (!navigator.clipboard || !window.isSecureContext) {
        return;
    }
    document.querySelectorAll("[data-copy]").forEach(function (button) {
        var input = document.getElementById(button.getAttribute("data-copy"));
        if (!input) {
            return;
        }
        var label = button.textContent;
        var status = document.createElement("span");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        button.insertAdjacentElement("afterend", status);
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(input.value).then(function () {
                button.textContent = button.getAttribute("data-copied") || label;
                status.textContent = button.getAttribute("data-copied") || "";
                window.setTimeout(function () {
                    button.textContent = label;
                    status.textContent = "";
                }, 3000);
            }, function () {
                input.focus();
            });
        });
    });
})();
