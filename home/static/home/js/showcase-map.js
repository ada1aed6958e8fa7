/*
 * Draws the maps of the showcase and of a project page with Leaflet.
 *
 * Each map is an element with a data-map attribute, hidden until this script shows it, so that the
 * page works without JavaScript (the list of projects and places is always there). Markers come from
 * a json_script element named by data-markers (a list of {title, url, lat, lng, place}) or from
 * data-lat / data-lng on the element itself. data-tiles-url chooses the base map; when it is empty
 * the markers are drawn without one. Any failure leaves the map hidden and the console quiet.
 */
(function () {
  "use strict";

  function isNumber(value) {
    return typeof value === "number" && isFinite(value);
  }

  function readMarkers(element) {
    var markers = [];
    var sourceId = element.getAttribute("data-markers");
    if (sourceId) {
      var source = document.getElementById(sourceId);
      if (source) {
        try {
          markers = JSON.parse(source.textContent);
        } catch (error) {
          markers = [];
        }
      }
    } else if (element.hasAttribute("data-lat") && element.hasAttribute("data-lng")) {
      markers = [
        {
          title: element.getAttribute("data-title") || "",
          url: "",
          place: element.getAttribute("data-place") || "",
          lat: parseFloat(element.getAttribute("data-lat")),
          lng: parseFloat(element.getAttribute("data-lng")),
        },
      ];
    }
    if (!Array.isArray(markers)) {
      return [];
    }
    return markers.filter(function (marker) {
      return marker && isNumber(marker.lat) && isNumber(marker.lng);
    });
  }

  // Built with DOM nodes, never HTML strings: titles are editors' text.
  function popupContent(marker) {
    var wrapper = document.createElement("div");
    var title;
    if (marker.url) {
      title = document.createElement("a");
      title.href = marker.url;
    } else {
      title = document.createElement("strong");
    }
    title.textContent = marker.title || "";
    wrapper.appendChild(title);
    if (marker.place) {
      var place = document.createElement("div");
      place.className = "map-popup__place";
      place.textContent = marker.place;
      wrapper.appendChild(place);
    }
    return wrapper;
  }

  function drawMap(element) {
    var markers = readMarkers(element);
    if (!markers.length) {
      return;
    }
    element.hidden = false;

    var map = window.L.map(element, { scrollWheelZoom: false, zoomControl: false });
    map.attributionControl.setPrefix(false);
    window.L.control
      .zoom({
        zoomInTitle: element.getAttribute("data-zoom-in") || "+",
        zoomOutTitle: element.getAttribute("data-zoom-out") || "-",
      })
      .addTo(map);

    var tilesUrl = element.getAttribute("data-tiles-url");
    if (tilesUrl) {
      window.L.tileLayer(tilesUrl, {
        attribution: element.getAttribute("data-tiles-attribution") || "",
        maxZoom: 18,
      }).addTo(map);
    }

    // A CSS pin rather than Leaflet's image icon: no image paths to resolve, and it stays keyboard-focusable.
    var icon = window.L.divIcon({
      className: "map-pin",
      iconSize: [22, 22],
      iconAnchor: [11, 27],
      popupAnchor: [0, -27],
    });
    var points = markers.map(function (marker) {
      window.L.marker([marker.lat, marker.lng], { icon: icon, title: marker.title || "", keyboard: true })
        .bindPopup(popupContent(marker))
        .addTo(map);
      return [marker.lat, marker.lng];
    });

    if (points.length === 1) {
      map.setView(points[0], 13);
    } else {
      map.fitBounds(points, { padding: [24, 24], maxZoom: 13 });
    }
  }

  function init() {
    if (typeof window.L === "undefined") {
      return;
    }
    var elements = document.querySelectorAll("[data-map]");
    Array.prototype.forEach.call(elements, function (element) {
      try {
        drawMap(element);
      } catch (error) {
        element.hidden = true;
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
