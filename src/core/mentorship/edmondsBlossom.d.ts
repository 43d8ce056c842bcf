// edmonds-blossom ships no types. Edges are [u, v, weight] with vertices numbered from 0; the result gives each
// vertex its mate or -1 (a vertex beyond the highest one named in an edge is absent).
declare module 'edmonds-blossom' {
  function maxWeightMatching(edges: [number, number, number][], maxCardinality?: boolean): number[];
  export = maxWeightMatching;
}
