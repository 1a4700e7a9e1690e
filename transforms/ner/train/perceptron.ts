import { NUM_TAGS } from "../tags.js";
import type { LinearModel } from "../tagger.js";

/**
 * Averaged perceptron over hashed features. Averaging is lazy: each weight remembers
 * when it last changed, so an update costs O(features) rather than O(model).
 */
export class AveragedPerceptron {
  readonly model: LinearModel;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private clock = 0;

  constructor(bits: number) {
    const size = (1 << bits) * NUM_TAGS;
    this.model = { weights: new Float32Array(size), mask: (1 << bits) - 1 };
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
  }

  /** Advances the averaging clock; call once per token seen. */
  tick(): void {
    this.clock++;
  }

  private bump(index: number, delta: number): void {
    const w = this.model.weights;
    this.totals[index] = this.totals[index]! + (this.clock - this.stamps[index]!) * w[index]!;
    this.stamps[index] = this.clock;
    w[index] = w[index]! + delta;
  }

  update(features: Uint32Array, count: number, truth: number, guess: number, weight = 1): void {
    if (truth === guess) return;
    const mask = this.model.mask;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! & mask) * NUM_TAGS;
      this.bump(row + truth, weight);
      this.bump(row + guess, -weight);
    }
  }

  /** The averaged weights, as a new array (training can continue on the raw ones). */
  averaged(): Float32Array {
    const w = this.model.weights;
    const out = new Float32Array(w.length);
    const c = Math.max(1, this.clock);
    for (let i = 0; i < w.length; i++) {
      const total = this.totals[i]! + (this.clock - this.stamps[i]!) * w[i]!;
      out[i] = total / c;
    }
    return out;
  }
}
