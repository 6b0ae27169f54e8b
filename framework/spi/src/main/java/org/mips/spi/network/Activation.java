package org.mips.spi.network;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The nonlinearity between linear layers of an MLP. The paper's 62 tasks all use ReLU. */
public enum Activation {
    @JsonProperty("relu") RELU,
    @JsonProperty("tanh") TANH,
    @JsonProperty("silu") SILU;

    public double apply(double v) {
        return switch (this) {
            case RELU -> v > 0 ? v : 0;
            case TANH -> Math.tanh(v);
            case SILU -> v / (1 + Math.exp(-v));
        };
    }
}
