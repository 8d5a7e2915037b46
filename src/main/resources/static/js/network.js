/*
 * Draws co-mention networks with d3-force as SVG: every element with class "network-graph" carries its network as
 * JSON in data-network, or the URL of /api/network in data-src. Nodes and edges are SVG links, so a click (or
 * Enter) opens the entity's page or the relationship page of both ends. The layout is computed before drawing, so
 * the picture does not move; drag to pan, scroll or pinch to zoom. Without JavaScript the page's table stays open.
 */
(function () {
    "use strict";

    function radiusScale(nodes) {
        var max = d3.max(nodes, function (n) { return n.articles; }) || 1;
        return d3.scaleSqrt().domain([1, max]).range([5, nodes.length > 30 ? 22 : 26]).clamp(true);
    }

    function widthScale(edges) {
        var max = d3.max(edges, function (e) { return e.weight; }) || 1;
        return d3.scaleLinear().domain([1, Math.max(2, max)]).range([1, 7]).clamp(true);
    }

    /** Lays the graph out once; {@code aspect} (width / height of the drawing) spreads it to fill the box. */
    function layout(nodes, edges, radius, aspect) {
        var maxWeight = d3.max(edges, function (e) { return e.weight; }) || 1;
        var linked = {};
        edges.forEach(function (e) { linked[e.source] = linked[e.target] = true; });
        // Entities without links are held close, or the repulsion would push them to the far edges.
        var gravity = function (n) { return linked[n.id] ? 0.05 : 0.25; };
        var simulation = d3.forceSimulation(nodes)
            .force("link", d3.forceLink(edges).id(function (n) { return n.id; })
                .distance(function (e) { return 70 + 90 * (1 - e.weight / maxWeight); })
                .strength(function (e) { return 0.05 + 0.5 * e.weight / maxWeight; }))
            .force("charge", d3.forceManyBody().strength(nodes.length > 30 ? -420 : -300).distanceMax(320))
            .force("collide", d3.forceCollide(function (n) { return radius(n.articles) + 16; }))
            .force("x", d3.forceX(0).strength(function (n) { return gravity(n) / Math.max(aspect, 0.5); }))
            .force("y", d3.forceY(0).strength(function (n) { return gravity(n) * Math.max(aspect, 0.5); }))
            .stop();
        for (var i = 0; i < 300; i++) {
            simulation.tick();
        }
    }

    function bounds(nodes, radius) {
        var pad = 40;
        var x0 = d3.min(nodes, function (n) { return n.x - radius(n.articles); }) - pad;
        var x1 = d3.max(nodes, function (n) { return n.x + radius(n.articles); }) + pad;
        var y0 = d3.min(nodes, function (n) { return n.y - radius(n.articles); }) - pad;
        var y1 = d3.max(nodes, function (n) { return n.y + radius(n.articles); }) + pad;
        return [x0, y0, Math.max(x1 - x0, 200), Math.max(y1 - y0, 160)];
    }

    /**
     * The names worth printing, each below its circle or, when that spot is taken, above it: the larger nodes
     * (the centre's first), fewer when the drawing is shrunk to a small screen ({@code scale} screen pixels per
     * layout unit), and none that would cover a larger node's name; the others show their name on hover.
     */
    function labelled(nodes, center, scale, radius, fontSize) {
        var room = scale < 0.6 ? 12 : 25;
        var keep = nodes.length <= room ? nodes.length : Math.max(room, Math.round(nodes.length * 0.4 * Math.min(scale, 1)));
        var names = {};
        var placed = [];
        function free(box) {
            return !placed.some(function (p) { return box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3]; });
        }
        nodes.slice().sort(function (a, b) {
            return (b.id === center) - (a.id === center) || b.articles - a.articles;
        }).forEach(function (n) {
            if (placed.length >= keep) {
                return;
            }
            // Text is drawn centred on the circle's x; about 0.6 em a character.
            var half = n.name.length * fontSize * 0.3;
            var r = radius(n.articles);
            var below = [n.x - half, n.y + r, n.x + half, n.y + r + fontSize * 1.2];
            var above = [n.x - half, n.y - r - fontSize * 1.2, n.x + half, n.y - r];
            var spot = free(below) ? below : free(above) ? above : null;
            if (spot) {
                names[n.id] = spot === below ? r + fontSize : -r - fontSize * 0.35;
                placed.push(spot);
            }
        });
        return names;
    }

    function plural(count, word) {
        return count + " " + word + (count === 1 ? "" : "s");
    }

    function draw(container, network) {
        container.textContent = "";
        if (!network.nodes.length) {
            container.textContent = "No people, organizations or countries to show.";
            return;
        }
        var center = container.getAttribute("data-center");
        var nodes = network.nodes.map(function (n) { return Object.assign({}, n); });
        var edges = network.edges.map(function (e) { return Object.assign({}, e); });
        var radius = radiusScale(nodes);
        var width = widthScale(edges);
        var svg = d3.select(container).append("svg").attr("class", "network-svg");
        var box = svg.node().getBoundingClientRect();
        layout(nodes, edges, radius, box.width / Math.max(box.height, 1));
        var viewBox = bounds(nodes, radius);
        // Labels keep a readable size on screen however far the drawing is shrunk to fit.
        var scale = Math.min(box.width / viewBox[2], box.height / viewBox[3]) || 1;
        var fontSize = Math.min(Math.max(11 / scale, 11), 26);
        var names = labelled(nodes, center, scale, radius, fontSize);

        svg.attr("viewBox", viewBox.join(" "))
            .attr("role", "img")
            .attr("aria-label", plural(nodes.length, "entity") + " and " + plural(edges.length, "link"));
        var canvas = svg.append("g");
        svg.call(d3.zoom().scaleExtent([0.4, 8]).on("zoom", function (event) {
            canvas.attr("transform", event.transform);
        }));

        var edge = canvas.append("g").attr("class", "network-edges").selectAll("a").data(edges).join("a")
            .attr("class", "network-edge")
            .attr("href", function (e) { return e.url; });
        edge.append("title").text(function (e) {
            return e.source.name + " and " + e.target.name + ": " + plural(e.weight, "article") + " together";
        });
        var maxWeight = d3.max(edges, function (e) { return e.weight; }) || 1;
        edge.append("line").attr("class", "network-edge-line")
            .attr("stroke-width", function (e) { return width(e.weight); })
            .attr("stroke-opacity", function (e) { return 0.25 + 0.6 * e.weight / maxWeight; });
        edge.append("line").attr("class", "network-edge-hit");
        edge.selectAll("line")
            .attr("x1", function () { return d3.select(this.parentNode).datum().source.x; })
            .attr("y1", function () { return d3.select(this.parentNode).datum().source.y; })
            .attr("x2", function () { return d3.select(this.parentNode).datum().target.x; })
            .attr("y2", function () { return d3.select(this.parentNode).datum().target.y; });

        var node = canvas.append("g").attr("class", "network-nodes").selectAll("a").data(nodes).join("a")
            .attr("class", function (n) {
                return "network-node network-node-" + n.type + (n.id === center ? " network-center" : "");
            })
            .attr("href", function (n) { return n.url; })
            .attr("data-id", function (n) { return n.id; })
            .attr("transform", function (n) { return "translate(" + n.x + "," + n.y + ")"; });
        node.append("title").text(function (n) { return n.name + ": " + plural(n.articles, "article"); });
        node.append("circle").attr("r", function (n) { return radius(n.articles); });
        node.filter(function (n) { return n.id in names; }).append("text")
            .attr("font-size", fontSize)
            .attr("dy", function (n) { return names[n.id]; })
            .text(function (n) { return n.name; });

        highlightNeighbours(node, edge);
        container.setAttribute("data-rendered", "true");
    }

    /** Pointing at or focusing a node dims everything not linked to it. */
    function highlightNeighbours(node, edge) {
        function focus(event, current) {
            var near = {};
            near[current.id] = true;
            edge.each(function (e) {
                if (e.source.id === current.id) { near[e.target.id] = true; }
                if (e.target.id === current.id) { near[e.source.id] = true; }
            });
            node.classed("network-dim", function (n) { return !near[n.id]; });
            edge.classed("network-dim", function (e) { return e.source.id !== current.id && e.target.id !== current.id; });
        }
        function blur() {
            node.classed("network-dim", false);
            edge.classed("network-dim", false);
        }
        node.on("mouseenter focus", focus).on("mouseleave blur", blur);
    }

    function start(container) {
        var inline = container.getAttribute("data-network");
        var table = document.querySelector(".network-table");
        var shown = function (network) {
            draw(container, network);
            if (table) {
                table.open = false;
            }
        };
        if (inline) {
            shown(JSON.parse(inline));
            return;
        }
        fetch(container.getAttribute("data-src"), {headers: {"Accept": "application/json"}})
            .then(function (response) {
                if (!response.ok) { throw new Error("HTTP " + response.status); }
                return response.json();
            })
            .then(shown)
            .catch(function () { container.textContent = "The network could not be loaded."; });
    }

    function startAll() {
        if (typeof d3 === "undefined") {
            return;
        }
        document.querySelectorAll(".network-graph:not([data-started])").forEach(function (container) {
            container.setAttribute("data-started", "true");
            start(container);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", startAll);
    } else {
        startAll();
    }
}());
