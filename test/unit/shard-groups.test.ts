import { describe, expect, it } from 'vitest';
import { parseGroup, shardGroups } from '../../scripts/search-index/shard-groups.ts';

const shard = (name: string, bytes: number) => ({ name, bytes });

describe('shardGroups', () => {
  it('puts every shard in exactly one group, keeping the shards’ order within a group', () => {
    const shards = ['2025-12', '2025-11', '2025-0x', '2024', '202x', '201x'].map((name, at) =>
      shard(name, 10 + at * 7),
    );
    const groups = shardGroups(shards, 3);
    expect(groups).toHaveLength(3);
    expect(groups.flat().sort()).toEqual(shards.map(({ name }) => name).sort());
    const order = shards.map(({ name }) => name);
    for (const group of groups) expect(group).toEqual(order.filter((name) => group.includes(name)));
  });

  it('gives each group about the same bytes: the largest shard to the lightest group so far', () => {
    const groups = shardGroups([shard('a', 9), shard('b', 5), shard('c', 4), shard('d', 3), shard('e', 3)], 2);
    // a to the first; b, then c, to the second (5 and 9 against 9); d to the first (a tie: the lower), e to the second.
    expect(groups).toEqual([
      ['a', 'd'],
      ['b', 'c', 'e'],
    ]);
  });

  it('deals the same groups whatever order the shards of equal size come in', () => {
    const one = shardGroups([shard('x', 5), shard('y', 5), shard('z', 5)], 2);
    const other = shardGroups([shard('z', 5), shard('x', 5), shard('y', 5)], 2);
    expect(one.map((group) => [...group].sort())).toEqual(other.map((group) => [...group].sort()));
  });

  it('leaves a group empty when there are more groups than shards', () => {
    expect(shardGroups([shard('only', 1)], 3)).toEqual([['only'], [], []]);
  });

  it('refuses a number of groups that is not a whole number of 1 or more', () => {
    expect(() => shardGroups([], 0)).toThrow('1 group or more (got 0)');
    expect(() => shardGroups([], 1.5)).toThrow('1 group or more');
  });
});

describe('parseGroup', () => {
  it('reads K/N, counted from 1', () => {
    expect(parseGroup('2/8')).toEqual({ group: 2, of: 8 });
  });

  it.each(['0/8', '9/8', '2', '2/0', 'two/8'])('refuses "%s", saying what it takes', (value) => {
    expect(() => parseGroup(value)).toThrow(
      `--group takes the group and the number of groups, as 2/8 (got "${value}")`,
    );
  });
});
